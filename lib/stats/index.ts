// lib/stats — pure maths: NPS, intervals, gaps, suppression. Imports no database, Next or React.
export * from "./nps";
export * from "./suppression";
