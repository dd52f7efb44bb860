using Zhixin.Plans.Assessment;

namespace Zhixin.Tests.Plans.Assessment;

/// <summary>Builders for assessment facts: reports due in 2013, assessed on 1 March 2014.</summary>
internal static class AssessmentFacts
{
    public static readonly AssessmentScheme DefaultScheme = AssessmentSchemeJson.LoadDefault();
    public static readonly DateOnly AsOf = new(2014, 3, 1);
    public static readonly DateOnly Due = new(2013, 7, 15);

    public static ReportFacts OnTime(decimal? percent = 100) => new(Due, new DateTimeOffset(2013, 7, 10, 9, 0, 0, TimeSpan.FromHours(8)), percent);

    public static ReportFacts Late(decimal? percent = 100) => new(Due, new DateTimeOffset(2013, 8, 10, 9, 0, 0, TimeSpan.FromHours(8)), percent);

    public static ReportFacts Overdue() => new(Due, null, null);

    public static ReportFacts NotDueYet() => new(new DateOnly(2014, 7, 15), null, null);

    public static TaskFacts Task(TaskRole role, params ReportFacts[] reports) => new($"task-{reports.Length}", role, reports);

    public static AssesseeFacts Facts(params TaskFacts[] tasks) => new(tasks, [], AsOf);
}
