DROP TABLE participants;
DROP TABLE IF EXISTS messages;
DROP TABLE IF EXISTS conversations;
