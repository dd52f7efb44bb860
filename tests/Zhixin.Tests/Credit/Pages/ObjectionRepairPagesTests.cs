using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Zhixin.Credit;
using Zhixin.Credit.Data;
using Zhixin.Credit.Domain;
using Zhixin.Credit.Features.GetCreditFile;
using Zhixin.Credit.Lists;
using Zhixin.Platform.Calendar;
using Zhixin.Platform.Identity;
using Zhixin.Tests.Infrastructure;
using Zhixin.Tests.Platform.Pages;
using static Zhixin.Tests.Credit.Lists.TestListings;
using static Zhixin.Tests.Credit.Pages.CreditPageData;

namespace Zhixin.Tests.Credit.Pages;

/// <summary>
/// The objection (异议) and credit repair (信用修复) pages: the regulators' queues with their filters, deadlines and
/// chart; a case with its target, conditions and decision form; the firm's own view and its application forms.
/// </summary>
public sealed class ObjectionRepairPagesTests(Apps apps) : IClassFixture<Apps>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ObjectionQueue_WhenFilteredByStatusAndOverdue_ShowsThoseCasesWithTheirDeadlines(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, Siming);
        var fresh = await ObjectionAsync(app, siming);
        var late = await StoredObjectionsAsync(app, Siming, Today(app).AddDays(-40), 1);
        var rejected = await ObjectionAsync(app, siming);
        await DecideAsync(siming, CreditRoutes.Objection(rejected.Id), "rejected", "记录无误");

        var open = await siming.PageAsync(CreditRoutes.Objections + "?status=open&region=" + Siming);
        var overdue = await siming.PageAsync(CreditRoutes.Objections + "?overdue=true&region=" + Siming);
        var decided = await siming.PageAsync(CreditRoutes.Objections + "?status=decided&q=" + rejected.CreditCode);

        Assert.Contains($"data-case=\"{fresh.Id}\"", open, StringComparison.Ordinal);
        Assert.Contains($"data-case=\"{late.Single()}\"", open, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-case=\"{rejected.Id}\"", open, StringComparison.Ordinal);
        Assert.Contains($"<td class=\"code\">{Day(Today(app))}</td>", open, StringComparison.Ordinal);
        Assert.Contains(Day(fresh.ReviewDueOn), open, StringComparison.Ordinal);
        Assert.Contains($"<tr data-case=\"{late.Single()}\" class=\"overdue\">", overdue, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge bad\">逾期</span>", overdue, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-case=\"{fresh.Id}\"", overdue, StringComparison.Ordinal);
        Assert.Contains($"data-case=\"{rejected.Id}\"", decided, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge\">异议不成立</span>", decided, StringComparison.Ordinal);
        Assert.Contains($"href=\"{CreditRoutes.Objection(rejected.Id)}\"", decided, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ObjectionQueue_ChartsTheCountsByStatusAndPagesWithTheFiltersKept(Engine engine)
    {
        var app = apps[engine];
        const string Tongan = "350212";
        await StoredObjectionsAsync(app, Tongan, Today(app).AddDays(-40), 51);
        var xiamen = await app.SignInAsync(Roles.Regulator, Xiamen);

        var first = await xiamen.PageAsync(CreditRoutes.Objections + "?region=" + Tongan + "&overdue=true");
        var second = await xiamen.PageAsync(CreditRoutes.Objections + "?region=" + Tongan + "&overdue=true&p=2");
        var fragment = await xiamen.GetAsync(CreditRoutes.Objections + "?handler=Rows&region=" + Tongan, Cancel);

        Assert.Equal(50, Rows(first));
        Assert.Equal(1, Rows(second));
        Assert.Contains("href=\"/credit/objections?region=350212&amp;overdue=true&amp;p=2\"", first, StringComparison.Ordinal);
        Assert.Contains("rel=\"prev\"", second, StringComparison.Ordinal);
        // Open 51 (amber), upheld 0 (green), rejected 0 (grey), overdue 51 (red): one bar each, in that order.
        Assert.Contains(string.Join(",", new[] { (51, "#d08a00"), (0, "#1e7b45"), (0, "#8a8f98"), (51, "#b3261e") }
            .Select(b => $"{{&quot;value&quot;:{b.Item1},&quot;itemStyle&quot;:{{&quot;color&quot;:&quot;{b.Item2}&quot;}}}}")), first, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, fragment.StatusCode);
        Assert.DoesNotContain("<html", await fragment.BodyAsync(), StringComparison.Ordinal);
        Assert.Equal(CreditRoutes.Objections + "?region=" + Tongan, Assert.Single(fragment.Headers.GetValues("HX-Push-Url")));
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Queues_WhenAFilterIsWrong_SayWhichBesideTheFilter(Engine engine)
    {
        var siming = await apps[engine].SignInAsync(Roles.Regulator, Siming);

        var response = await siming.GetAsync(CreditRoutes.Repairs + "?status=upheld", Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("无法识别的取值“upheld”", await response.BodyAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task ObjectionPage_ShowsTheGroundsTheRecordItTargetsAndTheDeadline_AndUpholdingItVoidsTheRecord(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, Siming);
        var objection = await ObjectionAsync(app, siming, "该处罚决定已被复议机关撤销");
        var page = CreditRoutes.Objection(objection.Id);

        var shown = await siming.PageAsync(page);
        var response = await siming.SubmitAsync(page, [new("Input.Outcome", "upheld"), new("Input.Reasons", "复议决定撤销原处罚")], page + "?handler=Decide");

        Assert.Contains("<p class=\"prose\" id=\"objection-grounds\">该处罚决定已被复议机关撤销</p>", shown, StringComparison.Ordinal);
        Assert.Contains($"href=\"{CreditRoutes.Record(objection.CreditCode, objection.RecordId!.Value)}\"", shown, StringComparison.Ordinal);
        Assert.Contains(Day(objection.ReviewDueOn), shown, StringComparison.Ordinal);
        Assert.Contains("id=\"decide-form\"", shown, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(page, response.Headers.Location?.OriginalString);
        var after = await siming.PageAsync(page);
        Assert.Contains("已作出处理决定：异议成立", after, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge ok\" id=\"case-status\">异议成立</span>", after, StringComparison.Ordinal);
        Assert.Contains("复议决定撤销原处罚", after, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"decide-form\"", after, StringComparison.Ordinal);
        Assert.NotNull(Assert.Single((await FileAsync(siming, objection.CreditCode)).Records).VoidedAt);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Decide_WhenTheReasonsAreMissing_ShowsTheMessageBesideTheReasons_AndDecidesNothing(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, Siming);
        var objection = await ObjectionAsync(app, siming);
        var page = CreditRoutes.Objection(objection.Id);

        var response = await siming.SubmitAsync(page, [new("Input.Outcome", "upheld"), new("Input.Reasons", " ")], page + "?handler=Decide");
        var body = await response.BodyAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("field-validation-error\" data-valmsg-for=\"Input.Reasons\"", body, StringComparison.Ordinal);
        Assert.Contains("处理理由", body, StringComparison.Ordinal);
        Assert.Contains("<input type=\"radio\" name=\"Input.Outcome\" value=\"upheld\" checked=\"checked\">", body, StringComparison.Ordinal);
        Assert.Equal("open", (await siming.GetFromJsonAsync<ObjectionView>(CreditRoutes.ApiObjection(objection.Id), Cancel))!.Status);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RepairPage_ChecksTheConditionsToday_AndApprovalAfterANewSeriousPenaltyIsRefusedNamingTheRule(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, Siming);
        var (code, repair) = await RepairAsync(app, siming);
        var page = CreditRoutes.Repair(repair.Id);
        var met = await siming.PageAsync(page);
        await RecordAsync(siming, code, Penalty, "serious", Day(Today(app)), "以次充好");

        var unmet = await siming.PageAsync(page);
        var response = await siming.SubmitAsync(page, [new("Input.Outcome", "approved"), new("Input.Reasons", "已整改")], page + "?handler=Decide");
        var body = await response.BodyAsync();

        Assert.Contains("<tr data-rule=\"credit.repair-time-elapsed\">", met, StringComparison.Ordinal);
        Assert.Contains($"处罚决定满 6 个月（自 {Day(Today(app).AddMonths(-7).AddMonths(6))} 起可申请）", met, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"unmet\"", met, StringComparison.Ordinal);
        Assert.Contains("已缴清罚款并完成整改", met, StringComparison.Ordinal);
        Assert.Contains("<td class=\"unmet\">不符合</td>", unmet, StringComparison.Ordinal);
        Assert.Contains("列入后又受到较重行政处罚", unmet, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("credit.repair-no-new-serious-penalty", body, StringComparison.Ordinal);
        Assert.Contains("id=\"decide-form\"", body, StringComparison.Ordinal);
        Assert.Equal("pending", (await siming.GetFromJsonAsync<RepairView>(CreditRoutes.ApiRepair(repair.Id), Cancel))!.Status);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RepairPage_WhenApproved_RedirectsAndTheRecordIsRepaired(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, Siming);
        var (code, repair) = await RepairAsync(app, siming);
        var page = CreditRoutes.Repair(repair.Id);

        var response = await siming.SubmitAsync(page, [new("Input.Outcome", "approved"), new("Input.Reasons", "已履行处罚并完成整改")], page + "?handler=Decide");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(page, response.Headers.Location?.OriginalString);
        var after = await siming.PageAsync(page);
        Assert.Contains("已作出处理决定：准予修复", after, StringComparison.Ordinal);
        Assert.Contains($"已于 {Day(Today(app))} 信用修复", after, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"checks\"", after, StringComparison.Ordinal);
        Assert.Equal(Today(app), Assert.Single((await FileAsync(siming, code)).Records).RepairedOn);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task FirmRepairForm_WhenThePeriodHasNotElapsed_NamesTheRuleAndTheFirstDayAllowed(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, Siming);
        var (code, _) = await FirmAsync(siming);
        var penaltyOn = Today(app).AddDays(-30);
        var penalty = await RecordAsync(siming, code, Penalty, "general", Day(penaltyOn), "标识不规范");
        var firm = await app.SignInAsync(Roles.EnterpriseUser, enterprise: code);

        var form = await firm.PageAsync(CreditRoutes.NewRepair + "?recordId=" + penalty.Record.Id);
        var response = await firm.SubmitAsync(CreditRoutes.NewRepair, Repair(penalty.Record.Id));
        var body = await response.BodyAsync();

        Assert.Contains($"<option value=\"record:{penalty.Record.Id}\" selected=\"selected\">", form, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"code-form\"", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("credit.repair-time-elapsed", body, StringComparison.Ordinal);
        Assert.Contains($"最早可于 {Day(penaltyOn.AddMonths(6))} 申请信用修复", body, StringComparison.Ordinal);
        Assert.Equal(0, (await firm.GetFromJsonAsync<Zhixin.Credit.Features.ListRepairs.ListRepairsResponse>(CreditRoutes.ApiRepairs, Cancel))!.Total);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task FirmForms_WhenAccepted_RedirectToTheCase_WhichTheFirmSeesInItsQueueWithoutTheDecisionForm(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, Siming);
        var firm = await FirmAsync(siming);
        var (_, otherName) = await FirmAsync(siming);
        var complaint = await RecordAsync(siming, firm.Code, "complaintUpheld", occurredOn: Day(Today(app).AddDays(-20)));
        var oldPenalty = await RecordAsync(siming, firm.Code, Penalty, "general", Day(Today(app).AddMonths(-13)));
        var account = await app.SignInAsync(Roles.EnterpriseUser, enterprise: firm.Code);

        var objected = await account.SubmitAsync(CreditRoutes.NewObjection,
            [new("Input.Target", "record:" + complaint.Record.Id), new("Input.Grounds", "投诉所涉产品并非本企业生产")]);
        var objection = objected.Headers.Location?.OriginalString;
        var shown = await account.PageAsync(objection!);
        var applied = await account.SubmitAsync(CreditRoutes.NewRepair, Repair(oldPenalty.Record.Id));
        var repairs = await account.PageAsync(CreditRoutes.Repairs);
        var queue = await account.PageAsync(CreditRoutes.Objections);
        var file = await account.PageAsync(CreditRoutes.Enterprise(firm.Code));

        Assert.Equal(HttpStatusCode.Redirect, objected.StatusCode);
        Assert.StartsWith(CreditRoutes.Objections + "/", objection, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        Assert.StartsWith(CreditRoutes.Repairs + "/", applied.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Contains("异议已提交，核查期限至", shown, StringComparison.Ordinal);
        Assert.Contains("投诉所涉产品并非本企业生产", shown, StringComparison.Ordinal);
        Assert.Contains("由企业自行提出", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"decide-form\"", shown, StringComparison.Ordinal);
        Assert.Contains(firm.Name, queue, StringComparison.Ordinal);
        Assert.Contains("本企业提出的异议及其处理情况", queue, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"region\"", queue, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge warn\">待审核</span>", repairs, StringComparison.Ordinal);
        Assert.Contains("信用修复申请已提交，审核期限至", repairs, StringComparison.Ordinal);
        Assert.Contains($"href=\"{CreditRoutes.NewRepair}?code={firm.Code}\" id=\"apply-repair\"", file, StringComparison.Ordinal);
        Assert.Contains($"href=\"{CreditRoutes.Objections}?q={firm.Code}\" id=\"firm-objections\"", file, StringComparison.Ordinal);
        foreach (var page in new[] { queue, repairs, shown, file })
        {
            Assert.DoesNotContain("信用风险", page, StringComparison.Ordinal);
            Assert.DoesNotContain(otherName, page, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task FirmObjectionForm_WhenNoTargetIsChosen_ShowsTheMessageBesideTheChoice(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, Siming);
        var firm = await GradeDFirmAsync(siming);
        var account = await app.SignInAsync(Roles.EnterpriseUser, enterprise: firm.Code);

        var response = await account.SubmitAsync(CreditRoutes.NewObjection, [new("Input.Target", ""), new("Input.Grounds", "")]);
        var body = await response.BodyAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("field-validation-error\" data-valmsg-for=\"Input.Target\"", body, StringComparison.Ordinal);
        Assert.Contains("请指定一个名单或一条记录", body, StringComparison.Ordinal);
        Assert.Contains("field-validation-error\" data-valmsg-for=\"Input.Grounds\"", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task RegulatorForm_OnTheFirmsBehalf_AsksForTheCodeThenOffersTheFirmsListingsAndRecords(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, Siming);
        var (firm, _, decided) = await BlackListedAsync(app, siming);

        var empty = await siming.PageAsync(CreditRoutes.NewObjection);
        var form = await siming.PageAsync(CreditRoutes.NewObjection + "?code=" + firm.ToLowerInvariant());
        var url = CreditRoutes.NewObjection + "?code=" + firm;
        var response = await siming.SubmitAsync(url, [new("Input.Target", "listing:" + decided.Listing.Id), new("Input.Grounds", "列入依据的处罚已被撤销")], url);

        Assert.Contains("id=\"code-form\"", empty, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"case-form\"", empty, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"listing:{decided.Listing.Id}\">名单：严重违法失信名单（黑名单），已列入", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var shown = await siming.PageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains($"href=\"{CreditRoutes.Listing(decided.Listing.Id)}\"", shown, StringComparison.Ordinal);
        Assert.Contains("由监管部门代为登记", shown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task CasePages_WhenAnotherFirmOrAnotherCounty_Return404AndChangeNothing(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, Siming);
        var objection = await ObjectionAsync(app, siming);
        var other = await app.SignInAsync(Roles.EnterpriseUser, enterprise: (await FirmAsync(siming)).Code);
        var huli = await app.SignInAsync(Roles.Regulator, Huli);
        var page = CreditRoutes.Objection(objection.Id);

        var firmReads = await other.GetAsync(page, Cancel);
        var countyReads = await huli.GetAsync(page, Cancel);
        var countyForm = await huli.GetAsync(CreditRoutes.NewObjection + "?code=" + objection.CreditCode, Cancel);
        var countyDecides = await huli.SubmitAsync(CreditRoutes.Objections, [new("Input.Outcome", "upheld"), new("Input.Reasons", "越界处理")], page + "?handler=Decide");
        var firmObjects = await other.SubmitAsync(CreditRoutes.NewObjection, [new("Input.Target", "record:" + objection.RecordId), new("Input.Grounds", "越界异议")]);
        var firmDecides = await other.SubmitAsync(CreditRoutes.Objections, [new("Input.Outcome", "upheld"), new("Input.Reasons", "自行处理")], page + "?handler=Decide");
        var countyQueue = await huli.PageAsync(CreditRoutes.Objections + "?q=" + objection.CreditCode);

        Assert.Equal(HttpStatusCode.NotFound, firmReads.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, countyReads.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, countyForm.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, countyDecides.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, firmObjects.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, firmDecides.StatusCode);
        Assert.Contains("/account/access-denied", firmDecides.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-case=\"{objection.Id}\"", countyQueue, StringComparison.Ordinal);
        Assert.Equal("open", (await siming.GetFromJsonAsync<ObjectionView>(CreditRoutes.ApiObjection(objection.Id), Cancel))!.Status);
    }

    /// <summary>A firm of 思明区 with a general penalty 7 months old and an objection to it raised by the regulator.</summary>
    private static async Task<ObjectionView> ObjectionAsync(ZhixinApp app, HttpClient regulator, string grounds = "处罚对象有误")
    {
        var (code, _) = await FirmAsync(regulator);
        var penalty = await RecordAsync(regulator, code, Penalty, "general", Day(Today(app).AddMonths(-7)));
        return await ReadAsync<ObjectionView>(await regulator.PostAsJsonAsync(CreditRoutes.ApiObjections, new { recordId = penalty.Record.Id, grounds }, Cancel), HttpStatusCode.Created);
    }

    /// <summary>A firm of 思明区 with a general penalty 7 months old and the regulator's application for its repair, every condition met.</summary>
    private static async Task<(string Code, RepairView Repair)> RepairAsync(ZhixinApp app, HttpClient regulator)
    {
        var (code, _) = await FirmAsync(regulator);
        var penalty = await RecordAsync(regulator, code, Penalty, "general", Day(Today(app).AddMonths(-7)));
        return (code, await ReadAsync<RepairView>(await regulator.PostAsJsonAsync(CreditRoutes.ApiRepairs, new
        {
            recordId = penalty.Record.Id, penaltyFulfilled = true, harmRemedied = true, commitment = "依法诚信经营", statement = "已缴清罚款并完成整改",
        }, Cancel), HttpStatusCode.Created));
    }

    /// <summary>
    /// <paramref name="count"/> open objections of one new firm of <paramref name="region"/> raised on <paramref name="raisedOn"/>,
    /// written straight to the database since an objection cannot be raised in the past; returns their ids.
    /// </summary>
    private static Task<List<Guid>> StoredObjectionsAsync(ZhixinApp app, string region, DateOnly raisedOn, int count) => app.WithServicesAsync(async services =>
    {
        var db = services.GetRequiredService<CreditDbContext>();
        var code = TestCodes.CreditCode(region);
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var objection = new CreditObjection
            {
                Id = Guid.CreateVersion7(), EnterpriseCreditCode = code, EnterpriseName = "逾期测试企业有限公司", RegionCode = region,
                Target = CreditTarget.Record, RecordId = Guid.NewGuid(), Grounds = "逾期未办", RulesVersion = 1, RaisedOn = raisedOn,
                RaisedAt = app.Clock.GetUtcNow().AddDays(-40).AddMinutes(i), RaisedBy = "test", ReviewDueOn = ObjectionRepairRules.AddWorkingDays(services.GetRequiredService<WorkCalendar>(), raisedOn, 20),
                Status = ObjectionStatus.Open,
            };
            db.Objections.Add(objection);
            ids.Add(objection.Id);
        }

        await db.SaveChangesAsync();
        return ids;
    });

    private static async Task DecideAsync(HttpClient regulator, string page, string outcome, string reasons)
    {
        var response = await regulator.SubmitAsync(page, [new("Input.Outcome", outcome), new("Input.Reasons", reasons)], page + "?handler=Decide");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static KeyValuePair<string, string>[] Repair(Guid recordId) =>
    [
        new("Input.Target", "record:" + recordId), new("Input.PenaltyFulfilled", "true"), new("Input.HarmRemedied", "true"),
        new("Input.Commitment", "本企业承诺依法诚信经营"), new("Input.Statement", "已缴清罚款"),
    ];

    private static async Task<CreditFileView> FileAsync(HttpClient client, string code) =>
        (await client.GetFromJsonAsync<CreditFileView>(CreditRoutes.ApiEnterprise(code), Cancel))!;

    private static int Rows(string page) =>
        page.Split("<tr data-case=", StringSplitOptions.None).Length - 1;
}
