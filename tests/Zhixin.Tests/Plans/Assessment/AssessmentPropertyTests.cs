using CsCheck;
using Zhixin.Plans.Assessment;
using Zhixin.Plans.Indicators;
using static Zhixin.Tests.Plans.Assessment.AssessmentFacts;

namespace Zhixin.Tests.Plans.Assessment;

public sealed class AssessmentPropertyTests
{
    private static readonly Gen<ReportFacts> Report =
        from kind in Gen.Int[0, 3]
        from percent in Gen.Int[-20, 150]
        select kind switch
        {
            0 => OnTime(percent),
            1 => Late(percent),
            2 => Overdue(),
            _ => NotDueYet(),
        };

    private static readonly Gen<TaskFacts> TaskGen =
        from role in Gen.Int[0, 2]
        from reports in Report.Array[0, 4]
        select new TaskFacts("task", (TaskRole)role, reports);

    private static readonly Gen<AssesseeFacts> FactsGen =
        from tasks in TaskGen.Array[1, 5]
        from outcomes in Gen.Int[0, 2].Array[0, 4]
        select new AssesseeFacts(tasks, outcomes.Select(outcome => (TargetOutcome)outcome).ToList(), AsOf);

    [Fact]
    public void Score_WhenAnyFacts_StaysWithin0And100()
    {
        FactsGen.Sample(facts => AssessmentCalculator.Score(DefaultScheme, facts).Total is >= 0 and <= 100);
    }

    [Fact]
    public void Score_WhenReportOnTimeInsteadOfLate_DoesNotDecrease()
    {
        var gen =
            from facts in FactsGen
            from taskIndex in Gen.Int[0, facts.Tasks.Count - 1]
            select (facts, taskIndex);
        gen.Sample(sample =>
        {
            var (facts, taskIndex) = sample;
            var task = facts.Tasks[taskIndex];
            var onTime = facts with
            {
                Tasks = facts.Tasks.Select((t, i) => i == taskIndex ? task with { Reports = [.. task.Reports, OnTime(null)] } : t).ToList(),
            };
            var late = facts with
            {
                Tasks = facts.Tasks.Select((t, i) => i == taskIndex ? task with { Reports = [.. task.Reports, Late(null)] } : t).ToList(),
            };
            return AssessmentCalculator.Score(DefaultScheme, onTime).Total >= AssessmentCalculator.Score(DefaultScheme, late).Total;
        });
    }
}
