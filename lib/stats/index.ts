// lib/stats — pure maths: NPS, intervals, gaps, changes, correlations, item means, suppression. Imports no database, Next or React.
export * from "./change";
export * from "./correlation";
export * from "./distributions";
export * from "./items";
export * from "./lag";
export * from "./nps";
export * from "./proportion";
export * from "./special-functions";
export * from "./suppression";
export * from "./anonymity";
export * from "./did";
