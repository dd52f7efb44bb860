using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Zhixin.Credit;
using Zhixin.Credit.Scoring;
using Zhixin.Platform.Identity;
using Zhixin.Tests.Infrastructure;
using Zhixin.Tests.Inspection.Api;

namespace Zhixin.Tests.Credit.RuleSets;

/// <summary>Drafting, trying and publishing a new version of the scoring rules, through the API.</summary>
public sealed class RuleSetApiTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Draft_IsTriedOnAFirm_ThenPublished_AndScoresTheNextRecord(Engine engine)
    {
        var app = apps[engine];
        var province = await app.SignInAsync(Roles.Regulator, "350000");
        var firm = await TestInspection.FirmAsync(province);
        var penalty = await province.PostAsJsonAsync(CreditRoutes.ApiRecords, new
        {
            creditCode = firm, kind = "administrativePenalty", severity = "general", occurredOn = "2026-09-01", title = "罚款", documentNumber = "闽市监罚〔2026〕12号",
        }, Cancel);
        Assert.Equal(HttpStatusCode.Created, penalty.StatusCode);

        // The draft halves the general penalty: −10 instead of −20, so 90 (B) instead of 80 (B); and B starts at 90.
        var draft = Shipped()
            .Replace("\"severity\": \"general\", \"points\": -20", "\"severity\": \"general\", \"points\": -10", StringComparison.Ordinal)
            .Replace("{ \"grade\": \"A\", \"minScore\": 95 }", "{ \"grade\": \"A\", \"minScore\": 90 }", StringComparison.Ordinal)
            .Replace("\"effectiveFrom\": \"2020-01-01\"", "\"effectiveFrom\": \"2026-11-21\"", StringComparison.Ordinal);
        var created = await province.PostAsJsonAsync(CreditRoutes.ApiRuleSets, new { ruleSet = JsonNode.Parse(draft) }, Cancel);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var version = (await Json(created)).GetProperty("version").GetInt32();

        var whatIf = await Json(await province.GetAsync($"{CreditRoutes.ApiEnterprise(firm)}/what-if?ruleSet={version}", Cancel));
        Assert.Equal((80m, "B"), (whatIf.GetProperty("inForce").GetProperty("score").GetDecimal(), whatIf.GetProperty("inForce").GetProperty("grade").GetString()));
        Assert.Equal((90m, "A"), (whatIf.GetProperty("tried").GetProperty("score").GetDecimal(), whatIf.GetProperty("tried").GetProperty("grade").GetString()));
        Assert.Contains("规则 N2.2，第 " + version + " 版", whatIf.GetProperty("tried").GetProperty("lines")[0].GetProperty("text").GetString(), StringComparison.Ordinal);

        // Effective yesterday: refused, rules never rewrite grades already given. Today (Beijing): published.
        var retroactive = await province.PostAsync($"{CreditRoutes.ApiRuleSets}/{version}/publish", null, Cancel);
        Assert.Equal(HttpStatusCode.Conflict, retroactive.StatusCode);
        Assert.Contains("2026-11-21", await retroactive.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        var today = draft.Replace("\"effectiveFrom\": \"2026-11-21\"", "\"effectiveFrom\": \"2026-11-22\"", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await province.PutAsJsonAsync($"{CreditRoutes.ApiRuleSets}/{version}", new { ruleSet = JsonNode.Parse(today) }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await province.PostAsync($"{CreditRoutes.ApiRuleSets}/{version}/publish", null, Cancel)).StatusCode);

        var replaced = await province.PutAsJsonAsync($"{CreditRoutes.ApiRuleSets}/{version}", new { ruleSet = JsonNode.Parse(today) }, Cancel);
        Assert.Equal(HttpStatusCode.Conflict, replaced.StatusCode);

        // The next record scores the firm under the published version: 100 − 10 + 2 = 92, grade A from 90.
        var certificate = await Json(await province.PostAsJsonAsync(CreditRoutes.ApiRecords, new
        {
            creditCode = firm, kind = "certification", occurredOn = "2026-10-01", title = "质量管理体系认证",
        }, Cancel));
        var assessment = certificate.GetProperty("assessment");
        Assert.Equal((version, 92m, "A"), (assessment.GetProperty("ruleSetVersion").GetInt32(), assessment.GetProperty("score").GetDecimal(), assessment.GetProperty("grade").GetString()));

        var file = await Json(await province.GetAsync(CreditRoutes.ApiEnterprise(firm), Cancel));
        Assert.Equal([version, 1], file.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("ruleSetVersion").GetInt32()));
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task FaultyDraft_Is400NamingEveryProblem_AndACountyCannotDraft(Engine engine)
    {
        var app = apps[engine];
        var province = await app.SignInAsync(Roles.Regulator, "350000");
        var county = await app.SignInAsync(Roles.Regulator, "350203");
        var faulty = Shipped()
            .Replace("\"points\": -15", "\"points\": 15", StringComparison.Ordinal)
            .Replace("{ \"grade\": \"C\", \"minScore\": 60 }", "{ \"grade\": \"C\", \"minScore\": 85 }", StringComparison.Ordinal);

        var refused = await province.PostAsJsonAsync(CreditRoutes.ApiRuleSets, new { ruleSet = JsonNode.Parse(faulty) }, Cancel);
        var countyDraft = await county.PostAsJsonAsync(CreditRoutes.ApiRuleSets, new { ruleSet = JsonNode.Parse(Shipped()) }, Cancel);
        var list = await Json(await province.GetAsync(CreditRoutes.ApiRuleSets, Cancel));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var message = (await Json(refused)).GetProperty("errors").GetProperty("ruleSet")[0].GetString();
        Assert.Contains("rules[0] (N1): a negative kind must take points away", message, StringComparison.Ordinal);
        Assert.Contains("grades: C must need less than B", message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, countyDraft.StatusCode);
        Assert.DoesNotContain(list.EnumerateArray(), s => s.GetProperty("status").GetString() == "draft" && s.GetProperty("model").GetProperty("rules")[0].GetProperty("points").GetDecimal() > 0);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task EditedCopy_Is400WithEachProblemUnderItsField_ThenTakesTheFiguresGiven(Engine engine)
    {
        var province = await apps[engine].SignInAsync(Roles.Regulator, "350000");
        var copied = await province.PostAsync(CreditRoutes.ApiRuleSetCopy(1), null, Cancel);
        Assert.Equal(HttpStatusCode.Created, copied.StatusCode);
        var draft = await Json(copied);
        var version = draft.GetProperty("version").GetInt32();
        Assert.Equal(("draft", "2026-11-23"), (draft.GetProperty("status").GetString(), draft.GetProperty("effectiveFrom").GetString()));

        var refused = await province.PatchAsJsonAsync(CreditRoutes.ApiRuleSet(version), new
        {
            rules = new[] { new { code = "N3", points = 5m, countsForMonths = 12, cap = (decimal?)20m, description = "投诉属实" } },
            grades = new[] { new { grade = "B", minScore = 99m } },
        }, Cancel);
        var errors = (await Json(refused)).GetProperty("errors");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("规则 N3「分值」：失信记录须扣分（分值小于 0）", errors.GetProperty("rules[0].points")[0].GetString());
        Assert.Equal("B 级「最低分」：B 级的最低分须低于 A 级（99 不低于 95）", errors.GetProperty("grades[0].minScore")[0].GetString());

        var edited = await province.PatchAsJsonAsync(CreditRoutes.ApiRuleSet(version), new
        {
            effectiveFrom = "2026-12-01",
            rules = new[] { new { code = "N3", points = -8m, countsForMonths = 12, cap = (decimal?)null, description = "投诉属实，每件扣8分" } },
        }, Cancel);
        var rule = (await Json(edited)).GetProperty("model").GetProperty("rules")[4];
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal((-8m, JsonValueKind.Null), (rule.GetProperty("points").GetDecimal(), rule.TryGetProperty("cap", out var cap) ? cap.ValueKind : JsonValueKind.Null));
        Assert.Equal("2026-12-01", (await Json(await province.GetAsync(CreditRoutes.ApiRuleSet(version), Cancel))).GetProperty("effectiveFrom").GetString());
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task AddedRule_IsCheckedByField_ScoresItsRecords_AndCanBeRemoved(Engine engine)
    {
        var province = await apps[engine].SignInAsync(Roles.Regulator, "350000");
        var version = (await Json(await province.PostAsync(CreditRoutes.ApiRuleSetCopy(1), null, Cancel))).GetProperty("version").GetInt32();

        var refused = await province.PostAsJsonAsync(CreditRoutes.ApiRuleSetRules(version),
            new { code = "N1", kind = "spotCheckDone", points = -5m, description = "重复的代码与未知的类别" }, Cancel);
        var errors = (await Json(refused)).GetProperty("errors");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("spotCheckDone", errors.GetProperty("kind")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("countsForMonths", out _), errors.ToString());

        // A light spot-check failure rule: before N1 (any failure), or N1 would score the record first.
        var added = await province.PostAsJsonAsync(CreditRoutes.ApiRuleSetRules(version),
            new { code = "N1.1", kind = "spotCheckFailed", severity = "light", points = -5m, countsForMonths = 12, description = "轻微不合格，扣5分，计12个月" }, Cancel);
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var rules = (await Json(added)).GetProperty("model").GetProperty("rules");
        Assert.Equal(("N1.1", "N1"), (rules[0].GetProperty("code").GetString(), rules[1].GetProperty("code").GetString()));
        var duplicate = await province.PostAsJsonAsync(CreditRoutes.ApiRuleSetRules(version),
            new { code = "N1.1", kind = "recall", points = -5m, countsForMonths = 12, description = "代码重复" }, Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.True((await Json(duplicate)).GetProperty("errors").TryGetProperty("code", out _));

        var removed = await province.DeleteAsync(CreditRoutes.ApiRuleSetRule(version, "N1.1"), Cancel);
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Equal("N1", (await Json(removed)).GetProperty("model").GetProperty("rules")[0].GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await province.DeleteAsync(CreditRoutes.ApiRuleSetRule(version, "N1.1"), Cancel)).StatusCode);
        var county = await apps[engine].SignInAsync(Roles.Regulator, "350203");
        Assert.Equal(HttpStatusCode.Forbidden, (await county.DeleteAsync(CreditRoutes.ApiRuleSetRule(version, "N1"), Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await province.DeleteAsync(CreditRoutes.ApiRuleSetRule(1, "N1"), Cancel)).StatusCode);
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);

    private static string Shipped()
    {
        using var stream = typeof(ScoringModelJson).Assembly.GetManifestResourceStream(ScoringModelJson.EmbeddedResource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
