-- AlterEnum
ALTER TYPE "WorkflowRunStepType" ADD VALUE 'DISCONNECTION';

