using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zhixin.Credit;
using Zhixin.Credit.Scoring;
using Zhixin.Platform.Identity;
using Zhixin.Tests.Infrastructure;
using Zhixin.Tests.Platform.Pages;
using static Zhixin.Tests.Credit.Pages.CreditPageData;

namespace Zhixin.Tests.Credit.Pages;

/// <summary>
/// Drafting the scoring rules on the pages, as a provincial regulator does: a draft from the version in force, the
/// form over its figures (refused with each problem named, the draft kept), the what-if under it, publishing
/// (never retroactive) and discarding; and a county regulator, who reads but does not draft. The clock stands at
/// 2026-11-22 (Beijing).
/// </summary>
public sealed class RuleSetDraftPagesTests(Apps apps) : IClassFixture<Apps>
{
    private const string Province = "350000";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Draft_WhenEditedTriedAndPublished_NamesEachProblemKeepsTheDraftAndRefusesAPastDate(Engine engine)
    {
        var province = await apps[engine].SignInAsync(Roles.Regulator, Province);
        var (firm, name) = await FirmAsync(province);
        await RecordAsync(province, firm, Penalty, "general", occurredOn: "2026-09-01");
        var version = await CopyAsync(province, 1);

        var form = await province.PageAsync(CreditRoutes.RuleSetEdit(version));
        Assert.Contains("id=\"rule-set-form\"", form, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.Rules[3].Points\"", form, StringComparison.Ordinal);
        Assert.Contains("value=\"2026-11-23\"", form, StringComparison.Ordinal);

        // A deduction made positive and a period of 0 months: both named by rule and field, nothing stored.
        var fields = FormOf(ScoringModelJson.LoadEmbedded(), "2026-11-23");
        fields["Input.Rules[0].Points"] = "15";
        fields["Input.Rules[2].CountsForMonths"] = "0";
        var refused = await province.SubmitAsync(CreditRoutes.RuleSetEdit(version), fields);
        var refusedBody = await refused.BodyAsync();
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("规则 N1「分值」：失信记录须扣分（分值小于 0）", refusedBody, StringComparison.Ordinal);
        Assert.Contains("规则 N2.2「计分月数」：须在 1 到 120（月）之间，不能是 0", refusedBody, StringComparison.Ordinal);
        Assert.Contains("data-error-for=\"Input.Rules[0].Points\"", refusedBody, StringComparison.Ordinal);
        var kept = await RuleSetAsync(province, version);
        Assert.Equal((-15m, 12), (Rule(kept, 0).GetProperty("points").GetDecimal(), Rule(kept, 2).GetProperty("countsForMonths").GetInt32()));

        // Halve the general penalty and lower A to 90, effective yesterday: saved, and tried on the firm beside the rules in force.
        fields = FormOf(ScoringModelJson.LoadEmbedded(), "2026-11-21");
        fields["Input.Name"] = "福建省企业质量信用评分规则（第" + version + "版）";
        fields["Input.Rules[2].Points"] = "-10";
        fields["Input.Grades[0].MinScore"] = "90";
        var saved = await province.SubmitAsync(CreditRoutes.RuleSetEdit(version), fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var edited = await RuleSetAsync(province, version);
        Assert.Equal(-10m, Rule(edited, 2).GetProperty("points").GetDecimal());
        Assert.Equal("2026-11-21", edited.GetProperty("effectiveFrom").GetString());
        Assert.Equal("draft", edited.GetProperty("status").GetString());

        var whatIf = await province.PageAsync(CreditRoutes.RuleSetEdit(version) + "?code=" + firm);
        var preview = await province.PageAsync(CreditRoutes.RuleSet(version) + "?code=" + firm);
        foreach (var page in new[] { whatIf, preview })
        {
            Assert.Contains(name, page, StringComparison.Ordinal);
            Assert.Contains("得分 80（第 1 版）", page, StringComparison.Ordinal);
            Assert.Contains("第 " + version + " 版（草稿）", page, StringComparison.Ordinal);
            Assert.Contains("得分 90（第 " + version + " 版）", page, StringComparison.Ordinal);
            Assert.Contains("−10：2026-09-01 行政处罚（规则 N2.2，第 " + version + " 版）", page, StringComparison.Ordinal);
        }

        Assert.Contains("福建省企业质量信用评分规则（第" + version + "版）", preview, StringComparison.Ordinal);

        // Effective yesterday: the 409 names the rule and the date; the draft stays a draft.
        var retroactive = await province.SubmitAsync(CreditRoutes.RuleSetEdit(version), [], CreditRoutes.RuleSetEdit(version) + "?handler=Publish");
        var retroactiveBody = await retroactive.BodyAsync();
        Assert.Equal(HttpStatusCode.Conflict, retroactive.StatusCode);
        Assert.Contains("credit.rule-sets-are-not-retroactive", retroactiveBody, StringComparison.Ordinal);
        Assert.Contains("生效日期 2026-11-21 早于今天（2026-11-22）", retroactiveBody, StringComparison.Ordinal);
        Assert.Equal("draft", (await RuleSetAsync(province, version)).GetProperty("status").GetString());

        fields["Input.EffectiveFrom"] = "2026-11-22";
        Assert.Equal(HttpStatusCode.Redirect, (await province.SubmitAsync(CreditRoutes.RuleSetEdit(version), fields)).StatusCode);
        var published = await province.SubmitAsync(CreditRoutes.RuleSetEdit(version), [], CreditRoutes.RuleSetEdit(version) + "?handler=Publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(CreditRoutes.RuleSet(version), published.Headers.Location?.OriginalString);
        var stored = await RuleSetAsync(province, version);
        Assert.Equal(("published", "2026-11-22"), (stored.GetProperty("status").GetString(), stored.GetProperty("effectiveFrom").GetString()));

        // Published, it is read-only: the form sends the reader to the version's page.
        var after = await province.GetAsync(CreditRoutes.RuleSetEdit(version), Cancel);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal(CreditRoutes.RuleSet(version), after.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Draft_WhenDiscarded_StaysListedAsDiscarded_AndCanNoLongerBeChanged(Engine engine)
    {
        var province = await apps[engine].SignInAsync(Roles.Regulator, Province);
        var version = await CopyAsync(province, 1);

        var discarded = await province.SubmitAsync(CreditRoutes.RuleSetEdit(version), [], CreditRoutes.RuleSetEdit(version) + "?handler=Discard");
        var list = await province.PageAsync(CreditRoutes.RuleSets);
        var edit = await province.SubmitAsync(CreditRoutes.RuleSets, FormOf(ScoringModelJson.LoadEmbedded(), "2026-12-01"), CreditRoutes.RuleSetEdit(version));
        var api = await province.PatchAsJsonAsync(CreditRoutes.ApiRuleSet(version), new { name = "改名" }, Cancel);

        Assert.Equal(HttpStatusCode.Redirect, discarded.StatusCode);
        Assert.Equal(CreditRoutes.RuleSets, discarded.Headers.Location?.OriginalString);
        Assert.Contains("已废弃", list, StringComparison.Ordinal);
        Assert.Equal("discarded", (await RuleSetAsync(province, version)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, edit.StatusCode);
        Assert.Contains("credit.discarded-rule-sets-are-closed", await edit.BodyAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, api.StatusCode);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task CountyRegulator_ReadsTheRuleSets_ButCannotDraft(Engine engine)
    {
        var app = apps[engine];
        var province = await app.SignInAsync(Roles.Regulator, Province);
        var county = await app.SignInAsync(Roles.Regulator, Siming);
        var version = await CopyAsync(province, 1);

        var list = await county.PageAsync(CreditRoutes.RuleSets);
        var copy = await county.SubmitAsync(CreditRoutes.RuleSets, [new("from", "1")], CreditRoutes.RuleSets + "?handler=Copy");
        var form = await county.GetAsync(CreditRoutes.RuleSetEdit(version), Cancel);
        var fields = FormOf(ScoringModelJson.LoadEmbedded(), "2026-12-01");
        fields["Input.Rules[0].Points"] = "-1";
        var edit = await county.SubmitAsync(CreditRoutes.RuleSets, fields, CreditRoutes.RuleSetEdit(version));
        var publish = await county.SubmitAsync(CreditRoutes.RuleSets, [], CreditRoutes.RuleSetEdit(version) + "?handler=Publish");
        var view = await county.PageAsync(CreditRoutes.RuleSet(version));

        Assert.Contains("id=\"read-only-note\"", list, StringComparison.Ordinal);
        Assert.DoesNotContain("data-copy=", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, copy.StatusCode);
        Assert.Contains("只有国家或省级监管人员可以起草和发布", await copy.BodyAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, form.StatusCode);
        Assert.Equal(CreditRoutes.RuleSet(version), form.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
        Assert.DoesNotContain("id=\"edit-draft-link\"", view, StringComparison.Ordinal);
        var stored = await RuleSetAsync(province, version);
        Assert.Equal(("draft", -15m), (stored.GetProperty("status").GetString(), Rule(stored, 0).GetProperty("points").GetDecimal()));
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Draft_WhenARuleIsAddedOrRemovedOnThePage_KeepsItInOrder_AndNamesWhatIsWrongWithANewRule(Engine engine)
    {
        var province = await apps[engine].SignInAsync(Roles.Regulator, Province);
        var version = await CopyAsync(province, 1);
        var page = CreditRoutes.RuleSetEdit(version);
        var shipped = ScoringModelJson.LoadEmbedded().Rules.Count;

        // A deduction given as a positive number: named under its field, nothing added.
        var refused = await province.SubmitAsync(page, NewRule("N4.1", "recall", "serious", points: "25"), page + "?handler=AddRule");
        var refusedBody = await refused.BodyAsync();
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("data-error-for=\"NewRule.Points\"", refusedBody, StringComparison.Ordinal);
        Assert.Contains("失信记录须扣分（分值小于 0）", refusedBody, StringComparison.Ordinal);
        Assert.Equal(shipped, (await RuleSetAsync(province, version)).GetProperty("model").GetProperty("rules").GetArrayLength());

        // A rule for serious recalls goes before N4 (recalls of any severity), which would otherwise score them first.
        var added = await province.SubmitAsync(page, NewRule("N4.1", "recall", "serious", points: "-25"), page + "?handler=AddRule");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var codes = Codes(await RuleSetAsync(province, version));
        Assert.Equal(shipped + 1, codes.Count);
        Assert.Equal(codes.IndexOf("N4") - 1, codes.IndexOf("N4.1"));
        Assert.Contains("id=\"rule-N4.1\"", await province.PageAsync(page), StringComparison.Ordinal);

        var removed = await province.SubmitAsync(page, [new("code", "N4.1")], page + "?handler=RemoveRule");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.DoesNotContain("N4.1", Codes(await RuleSetAsync(province, version)));
        var unknown = await province.SubmitAsync(page, [new("code", "N9")], page + "?handler=RemoveRule");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private static Dictionary<string, string> NewRule(string code, string kind, string severity, string points) => new()
    {
        ["NewRule.Code"] = code,
        ["NewRule.Kind"] = kind,
        ["NewRule.Severity"] = severity,
        ["NewRule.Points"] = points,
        ["NewRule.CountsForMonths"] = "36",
        ["NewRule.GradeAtBest"] = "C",
        ["NewRule.Description"] = "重大缺陷产品召回，扣25分，计36个月，其间等级不高于C",
    };

    private static List<string> Codes(JsonElement ruleSet) =>
        [.. ruleSet.GetProperty("model").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("code").GetString()!)];

    /// <summary>Starts a draft from <paramref name="from"/> with the list page's button; returns the draft's version, whose form opens.</summary>
    private static async Task<int> CopyAsync(HttpClient regulator, int from)
    {
        var response = await regulator.SubmitAsync(CreditRoutes.RuleSets, [new("from", from.ToString(CultureInfo.InvariantCulture))], CreditRoutes.RuleSets + "?handler=Copy");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.EndsWith("/edit", location, StringComparison.Ordinal);
        return int.Parse(location.Split('/')[^2], CultureInfo.InvariantCulture);
    }

    /// <summary>The draft form as the page sends it, filled with <paramref name="model"/>'s figures and texts.</summary>
    private static Dictionary<string, string> FormOf(ScoringModel model, string effectiveFrom)
    {
        static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
        var fields = new Dictionary<string, string>
        {
            ["Input.Name"] = model.Name,
            ["Input.EffectiveFrom"] = effectiveFrom,
            ["Input.Basis"] = model.Basis,
            ["Input.Verified"] = "false",
            ["Input.BaseScore"] = Number(model.BaseScore),
            ["Input.CleanMonthsForClassA"] = Number(model.CleanMonthsForClassA),
        };
        for (var i = 0; i < model.Grades.Count; i++)
        {
            fields[$"Input.Grades[{i}].Grade"] = model.Grades[i].Grade.ToString();
            fields[$"Input.Grades[{i}].MinScore"] = Number(model.Grades[i].MinScore);
        }

        for (var i = 0; i < model.Rules.Count; i++)
        {
            var rule = model.Rules[i];
            fields[$"Input.Rules[{i}].Code"] = rule.Code;
            fields[$"Input.Rules[{i}].Points"] = Number(rule.Points);
            fields[$"Input.Rules[{i}].CountsForMonths"] = Number(rule.CountsForMonths);
            fields[$"Input.Rules[{i}].Cap"] = Number(rule.Cap);
            fields[$"Input.Rules[{i}].GradeAtBest"] = rule.GradeAtBest?.ToString() ?? "";
            fields[$"Input.Rules[{i}].Description"] = rule.Description;
        }

        for (var i = 0; i < model.RiskConditions.Count; i++)
        {
            var condition = model.RiskConditions[i];
            fields[$"Input.RiskConditions[{i}].Code"] = condition.Code;
            fields[$"Input.RiskConditions[{i}].AtLeast"] = Number(condition.AtLeast);
            fields[$"Input.RiskConditions[{i}].WithinMonths"] = Number(condition.WithinMonths);
            fields[$"Input.RiskConditions[{i}].Description"] = condition.Description;
        }

        return fields;
    }

    private static async Task<JsonElement> RuleSetAsync(HttpClient regulator, int version) =>
        await regulator.GetFromJsonAsync<JsonElement>(CreditRoutes.ApiRuleSet(version), Cancel);

    private static JsonElement Rule(JsonElement ruleSet, int index) => ruleSet.GetProperty("model").GetProperty("rules")[index];
}
