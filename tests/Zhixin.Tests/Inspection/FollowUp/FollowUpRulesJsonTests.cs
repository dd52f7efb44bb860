using System.Text.Json;
using System.Text.Json.Serialization;
using Zhixin.Inspection.FollowUp;
using Zhixin.Platform.Calendar;

namespace Zhixin.Tests.Inspection.FollowUp;

public sealed class FollowUpRulesJsonTests
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    [Fact]
    public void LoadEmbedded_WhenShipped_DefinesEveryRuleTheClockNeedsInProcessOrder()
    {
        Assert.Equal(FollowUpRuleIds.All, Shipped.Rules.Rules.Select(rule => rule.Id));
    }

    // Only rules the research notes mark as checked ([V]) are verified; the local 3-day rule and the publication timing are not.
    [Fact]
    public void LoadEmbedded_WhenShipped_LeavesLocalAndAssumedRulesUnverified()
    {
        Assert.Equal(
            [FollowUpRuleIds.ObjectionDecision, FollowUpRuleIds.Publication],
            Shipped.Rules.Rules.Where(rule => !rule.Verified).Select(rule => rule.Id));
    }

    [Fact]
    public void LoadEmbedded_WhenShipped_CountsObjectionDecisionInWorkingDays()
    {
        var rule = Shipped.Rules[FollowUpRuleIds.ObjectionDecision];

        Assert.Equal((3, DayKind.Working), (rule.Days, rule.DayKind));
    }

    [Fact]
    public void Read_WhenRuleAnchorsOnUnknownRule_Throws()
    {
        var json = Json().Replace("\"anchorRule\":\"objection-window\"", "\"anchorRule\":\"no-such-rule\"", StringComparison.Ordinal);

        var error = Assert.Throws<JsonException>(() => FollowUpRulesJson.Read(json));

        Assert.Contains("anchors on 'no-such-rule'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenWindowOpensAfterItCloses_Throws()
    {
        var json = Json().Replace("\"earliestDays\":60", "\"earliestDays\":95", StringComparison.Ordinal);

        var error = Assert.Throws<JsonException>(() => FollowUpRulesJson.Read(json));

        Assert.Contains("'second-reinspection': the window opens (day 95) after it closes (day 90)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenRuleTheClockNeedsIsMissing_Throws()
    {
        var rules = Shipped.Rules with { Rules = [.. Shipped.Rules.Rules.Where(rule => rule.Id != FollowUpRuleIds.Correction)] };

        var error = Assert.Throws<JsonException>(() => FollowUpRulesJson.Read(Serialize(rules)));

        Assert.Contains("needs a rule 'correction'", error.Message, StringComparison.Ordinal);
    }

    private static string Json() => Serialize(Shipped.Rules);

    private static string Serialize(FollowUpRuleSet rules) => JsonSerializer.Serialize(rules, Options);
}
