package dev.crmkit.core.forecast;

/**
 * One cell of an empirical win-rate table: among deals observed open in a stage at an age, how many were won
 * inside the window that followed.
 *
 * @param stage        the pipeline stage
 * @param ageFromDays  the youngest age in the cell, in whole days since creation
 * @param ageToDays    the first age past the cell
 * @param observations deal observations (a deal seen at several reference moments counts each time)
 * @param wins         observations won inside their window
 * @param rate         the rate used for forecasting, after smoothing (see {@link HistoricalWinRates})
 */
public record WinRateCell(StageRef stage, int ageFromDays, int ageToDays, long observations, long wins, double rate) {
}
