// The public face of src/: everything functions/ and taskpane/ call, and nothing else.
// (The CLI, in src/cli, is a layer of its own; tests may read deeper.)
export {
  type AccountingBasis,
  booksDifferFromCash,
  rankingDifferences,
} from './analysis/accounting-ranking';
export {
  breakevenMarks,
  cumulativeOnBasis,
  switchMarks,
  switchSaving,
} from './analysis/cumulative';
export { monthlyEffectivePrice, overcountSpan } from './analysis/drift-view';
export { negotiationChecklist } from './analysis/negotiation-checklist';
export {
  compareScenarios,
  type ScenarioComparison,
  type ScenarioVersion,
} from './analysis/npv-bridge';
export { recommendation } from './analysis/recommendation';
export {
  breakevenText,
  overcountSentences,
  type OvercountSentences,
} from './analysis/result-sentences';
export { volumeCurves } from './analysis/volume-curves';
export { vendorWhatIfs } from './analysis/what-if';
export type { DeckCompare } from './deck/build-deck-model';
export type { AccountingTotals } from './engine/accounting';
export { breakevenMonth } from './engine/breakeven';
export { trueUps } from './engine/commitment';
export { effectivePrice, overcharge } from './engine/counts';
export { linearCrossover } from './engine/crossover/crossover';
export { DEFAULT_HORIZON_MONTHS, DEFAULT_USEFUL_LIFE_MONTHS } from './engine/defaults';
export { driftDiscount, overcountRatio } from './engine/drift';
export { evaluateChecked } from './engine/evaluate-checked';
export type { Comparison, OptionResult, ScenarioResult } from './engine/evaluate';
export { gainShareFee } from './engine/gain-share';
export { type OutcomeClass, type Tier, type TierMode, UNITS } from './engine/model';
export { npv } from './engine/npv';
export { buildSteadyMonth } from './engine/options/build-month';
export { prepaidDrawdown } from './engine/prepaid';
export { blendedClassPrice } from './engine/pricing/classes';
export { hybridCharges } from './engine/pricing/hybrid-charges';
export { type UnitPricing, vendorMonthCharge } from './engine/pricing/month-charge';
export { tieredPrice } from './engine/pricing/tiers';
export { type Checked, formatPath, type ScenarioProblem, valueAt } from './engine/problems';
export { DEFAULT_RULE_OF_THUMB, ruleOfThumbVerdict } from './engine/rule-of-thumb';
export { scheduleColumn, scheduleTable } from './engine/schedule-table';
export { SCHEDULE_FIELDS, type ScheduleField } from './engine/schedule';
export { columnLetters } from './export/a1';
export { buildWorkbookModel, type WorkbookExtras } from './export/build-workbook-model';
export { ROLE_LOOK } from './export/cell-palette';
export { cellText } from './export/escape-text';
export { functionsSheet } from './export/function-examples';
export { scheduleCsv } from './export/schedule-csv';
export type { ExportMeta } from './export/summary-sheet';
export { trialsCsv } from './export/trials-csv';
export {
  type ChartModel,
  type SheetModel,
  workbookCharts,
  type WorkbookModel,
} from './export/workbook-model';
export { workbookSizeProblem } from './export/workbook-size';
export type { MeasuredOvercount } from './reconcile/apply-drift';
export {
  readDefinitionArgument,
  readReconcileArguments,
  type ReconcileArgument,
} from './reconcile/arguments';
export { CLAUSE_TABLE_HEADER, clauseRows } from './reconcile/clause-rows';
export { compileDefinition, countMatches, matchRows } from './reconcile/definition/compile';
export { DefinitionError } from './reconcile/definition/errors';
export type { ValueType } from './reconcile/definition/value-types';
export { type DriftVerdict, overcountToApply } from './reconcile/drift-verdict';
export type { DriftEstimate } from './reconcile/estimate-drift';
export { readDrift } from './reconcile/read-drift';
export { GENERATOR_DEFINITION } from './reconcile/generate-events';
export { InputProblem } from './reconcile/input-problem';
export type { ReconciledPeriod, Reconciliation } from './reconcile/reconcile-counts';
export { reconcileTable } from './reconcile/reconcile-table';
export { applyCalibratedRanges, type RangesReport } from './reconcile/ranges-apply';
export { calibratedRanges, type CalibratedRanges } from './reconcile/ranges-fit';
export { rangesLines } from './reconcile/ranges-text';
export { driftVerdictLine } from './reconcile/report/drift-text';
export { monthColumns } from './reconcile/report/month-columns';
export { driftAlarm } from './reconcile/drift-alarm';
export {
  DEFAULT_BILLED_COLUMN,
  DEFAULT_PERIOD_COLUMN,
  DEFAULT_TOLERANCE,
  type ReconcileSettings,
} from './reconcile/settings';
export { csvHeader } from './reconcile/table/csv';
export { type EventTable, schemaOf } from './reconcile/table/event-table';
export { tableFromCsv } from './reconcile/table/from-csv';
export { tableFromGrid } from './reconcile/table/from-grid';
export { formatProblem, formatValue, parseScenario, parseScenarioText } from './scenario/load';
export { checkTierBounds } from './scenario/rules';
export { type Scenario, tierSchema } from './scenario/schema';
export { MAX_TRIALS, MIN_TRIALS } from './scenario/uncertainty-schema';
export { resultWarnings, scenarioWarnings } from './scenario/warnings';
export { escapeControlCharacters } from './text/control-characters';
export { formatMoney, formatNumber, formatPercent, moneyFormat } from './text/format';
export { largestContributionLine } from './uncertainty/contribution-line';
export type { ContributionRow } from './uncertainty/contribution';
export { inputCorrelation } from './uncertainty/correlation-matrix';
export {
  fieldDisplay,
  fieldWords,
  formatFieldValue,
  optionKinds,
  switchSentence,
} from './uncertainty/describe-field';
export { changeLabel, changeValue } from './uncertainty/describe-change';
export { defaultRange, rangeChoices } from './uncertainty/range-choices';
export { riskModel, type RiskModel } from './uncertainty/risk-model';
export {
  type RiskReport,
  riskSummary,
  simulatedPart,
  type SimulatedPart,
  simulationSettings,
} from './uncertainty/risk-report';
export { sCurve, type SCurvePoint } from './uncertainty/s-curve';
export {
  type SimulationResult,
  type SimulationRun,
  type SimulationSettings,
  startSimulation,
} from './uncertainty/simulation';
export { SPIDER_PERCENTILES, type SpiderRow } from './uncertainty/spider';
export type { Distribution } from './uncertainty/statistics';
export { type SwitchValue, switchValues } from './uncertainty/switch-values';
export { tornado, type TornadoRow } from './uncertainty/tornado';
export { uncertaintyWarnings } from './uncertainty/uncertainty-warnings';
