// The prompt router: explicit mentions as a rule, a trained linear model for the rest.
export { explainDecision } from "./explain.js";
export { explicitMention } from "./explicit.js";
export { forEachFeature, normalizePrompt, type FeatureKind } from "./features.js";
export { committedModel, parseModelTable, type ModelTable, type RouterModel } from "./model.js";
export { parseRoutingMode, routingModeFrom, ROUTING_ENV, ROUTING_MODES } from "./mode.js";
export { route, type RouteOptions } from "./route.js";
export { routeLines, type RouteLineResult } from "./route-lines.js";
export type { Reason, RouteDecision, RoutingMode } from "./types.js";
