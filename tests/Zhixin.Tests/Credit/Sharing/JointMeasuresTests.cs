using System.Net;
using System.Text.Json;
using Zhixin.Credit;
using Zhixin.Credit.Features.ShareCreditData;
using Zhixin.Credit.Sharing;
using Zhixin.Platform.Identity;
using Zhixin.Tests.Credit.Api;
using Zhixin.Tests.Infrastructure;
using static Zhixin.Tests.Credit.Lists.TestListings;
using static Zhixin.Tests.Credit.Sharing.TestSharing;

namespace Zhixin.Tests.Credit.Sharing;

/// <summary>The joint reward and punishment measures (联合奖惩) as versioned reference data, and the check answering each one.</summary>
public sealed class JointMeasuresTests(Apps apps) : IClassFixture<Apps>
{
    private const string OneMeasure = """
        { "version": 2, "measures": [
          { "code": "honours", "name": "评优评先", "incentive": true, "refusedWhenBlackListed": true, "refusedFromGrade": "C",
            "penaltyMonths": 24, "penaltySeverities": ["general", "serious"], "requiresRedListOrGradeA": false, "verified": false, "source": "s" } ] }
        """;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public void ShippedMeasures_AreVersionOne_EachUnverifiedWithItsSource()
    {
        var measures = JointMeasures.Current;

        Assert.Equal(1, measures.Version);
        Assert.Equal(["fiscal-subsidy", "green-channel", "government-procurement", "honours"], measures.Measures.Select(m => m.Code));
        Assert.All(measures.Measures, m => Assert.False(m.Verified));
        Assert.All(measures.Measures, m => Assert.False(string.IsNullOrWhiteSpace(m.Source)));
        Assert.True(measures.Find("green-channel")!.RequiresRedListOrGradeA);
        Assert.Contains("第44号", measures.Find("government-procurement")!.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenAMeasureLacksAField_FailsNamingTheField()
    {
        var json = OneMeasure.Replace(", \"source\": \"s\"", "", StringComparison.Ordinal);

        var problem = Assert.Throws<JsonException>(() => JointMeasures.Read(json));

        Assert.Contains("'source'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenAValueIsOfTheWrongKind_FailsNamingItsPath()
    {
        var json = OneMeasure.Replace("\"refusedFromGrade\": \"C\"", "\"refusedFromGrade\": \"E\"", StringComparison.Ordinal);

        var problem = Assert.Throws<JsonException>(() => JointMeasures.Read(json));

        Assert.Contains("$.measures[0].refusedFromGrade", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenValuesBreakTheRules_NamesEveryProblemByMeasureAndField()
    {
        var json = OneMeasure
            .Replace("\"penaltyMonths\": 24", "\"penaltyMonths\": 0", StringComparison.Ordinal)
            .Replace("\"source\": \"s\"", "\"source\": \" \"", StringComparison.Ordinal)
            .Replace("\"code\": \"honours\"", "\"code\": \"Honours!\"", StringComparison.Ordinal);

        var problem = Assert.Throws<JsonException>(() => JointMeasures.Read(json));

        Assert.Contains("measures[0] (Honours!): code must be", problem.Message, StringComparison.Ordinal);
        Assert.Contains("measures[0] (Honours!): penaltyMonths must be 1–120", problem.Message, StringComparison.Ordinal);
        Assert.Contains("measures[0] (Honours!): source must be named", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task JointCheck_ForEveryMeasureOfTheJson_AnswersWithItsNameVersionAndReasons(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var firm = await TestCredit.FirmAsync(siming);
        await TestCredit.RecordAsync(siming, firm, "administrativePenalty", "general", Day(Today(app).AddDays(-40)));
        var client = Bearer(app, (await GrantAsync(siming, "fj.drc", "350203", "credit:joint-check")).Token);

        foreach (var measure in JointMeasures.Current.Measures)
        {
            var response = await client.GetAsync(CreditRoutes.ApiJointCheck(firm, measure.Code), Cancel);
            var answer = await ReadAsync<JointCheckResponse>(response, HttpStatusCode.OK);

            Assert.Equal((measure.Code, measure.Name, JointMeasures.Current.Version, false), (answer.Measure, answer.MeasureName, answer.MeasuresVersion, answer.Verified));
            Assert.Equal(measure.Source, answer.Source);
            Assert.NotEmpty(answer.Reasons);
            // A general penalty 40 days ago refuses exactly the measures whose severities include it.
            Assert.Equal(measure.PenaltySeverities.Contains(Zhixin.Credit.Domain.RecordSeverity.General),
                answer.Reasons.Any(r => r.Code == "credit.joint-recent-penalty" && r.Refuses));
        }
    }
}
