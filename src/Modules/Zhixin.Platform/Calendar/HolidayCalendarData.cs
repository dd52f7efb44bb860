namespace Zhixin.Platform.Calendar;

/// <summary>
/// The holiday reference data as stored in ReferenceData/prc-public-holidays.json: one arrangement notice per
/// year, the statutory holiday list by edition, and the period-end rule with its legal basis. Corrections bump
/// <see cref="Revision"/>, so a stored deadline can say which data computed it.
/// </summary>
public sealed record HolidayCalendarData(
    int Revision,
    DateOnly RevisedOn,
    PeriodEndData PeriodEnd,
    IReadOnlyList<StatutoryHolidayEdition> StatutoryHolidays,
    IReadOnlyList<YearArrangement> Years,
    string? Note = null);

/// <summary>The period-end rule in force and why (the spot-check order does not restate it).</summary>
public sealed record PeriodEndData(PeriodEndRule Rule, string Basis, bool Verified);

/// <summary>One edition of 全国年节及纪念日放假办法: which festivals are holidays and for how many days.</summary>
public sealed record StatutoryHolidayEdition(
    string Edition,
    string Title,
    DateOnly EffectiveFrom,
    bool Verified,
    IReadOnlyList<StatutoryFestival> Festivals,
    string? Note = null);

/// <summary>A festival of the statutory list; <see cref="Dates"/> is the rule as the regulation words it.</summary>
public sealed record StatutoryFestival(string Id, string Name, int Days, string Dates);

/// <summary>
/// One year's arrangement notice (国务院办公厅关于20XX年部分节假日安排的通知). <see cref="Verified"/> stays false
/// until a person has checked the dates against the official notice.
/// </summary>
public sealed record YearArrangement(
    int Year,
    string Source,
    bool Verified,
    IReadOnlyList<HolidayArrangement> Arrangements,
    string? DocumentNumber = null,
    DateOnly? IssuedOn = null,
    string? Note = null);

/// <summary>
/// One line of a notice: the festivals it covers, the days off (<see cref="From"/> to <see cref="To"/>, weekends
/// included, <see cref="Days"/> as the notice counts them) and the weekend days worked instead (调休上班).
/// </summary>
public sealed record HolidayArrangement(
    IReadOnlyList<string> Festivals,
    DateOnly From,
    DateOnly To,
    int Days,
    IReadOnlyList<DateOnly> MakeUpWorkingDays);
