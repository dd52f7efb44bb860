using Microsoft.EntityFrameworkCore;
using Zhixin.Credit.Domain;
using Zhixin.Credit.Features;
using Zhixin.Credit.Features.ApplyForRepair;
using Zhixin.Credit.Features.DecideObjection;
using Zhixin.Credit.Features.DecideRepair;
using Zhixin.Credit.Features.RaiseObjection;
using Zhixin.Credit.Features.Rescore;
using Zhixin.Credit.Lists;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Modules;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Regions;
using Zhixin.Platform.Web;
using Zhixin.Register.Contracts;

namespace Zhixin.Credit.Data;

/// <summary>
/// Demo credit files for firms of the demo register: penalties of each severity, complaints upheld, recalls, a rare
/// accident, certifications, awards, brands and commitments, dated over the last three years, so that the four grades
/// and the risk classes all occur; then every firm with a file is scored. The spot-check failures of the inspection
/// demo arrive afterwards through its BatchFailed events, like real ones.
/// </summary>
internal sealed class CreditDemoData(
    CreditDbContext db, IEnterpriseDirectory directory, EnterpriseRescorer rescorer, TimeProvider clock,
    RaiseObjectionHandler raiseObjection, DecideObjectionHandler decideObjection, ApplyForRepairHandler applyForRepair, DecideRepairHandler decideRepair) : IDemoDataSeed
{
    private const int Seed = 2025;

    /// <summary>Firms with a file: about one in six of the demo register's active firms of the seed regions.</summary>
    private const int ShareOfFirms = 6;

    private static readonly (string From, string To, string Province, string Abbreviation)[] Regions =
    [
        ("350000", "359999", "福建省", "闽"),
        ("120000", "129999", "天津市", "津"),
        ("410000", "419999", "河南省", "豫"),
        ("360300", "360399", "江西省", "赣"),
    ];

    private enum Profile
    {
        Exemplary,
        Steady,
        Untrustworthy,
        Serious,

        /// <summary>The demo enterprise account's own firm: a B with something to explain and a date to reach A.</summary>
        DemoAccount,
    }

    public int Order => 25;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Records.AnyAsync(cancellationToken))
        {
            return;
        }

        var today = ChinaTime.Today(clock);
        var now = clock.GetUtcNow();
        var random = new Random(Seed);
        var demoFirm = DemoAccounts.All.Single(a => a.Role == Roles.EnterpriseUser).Enterprise!;
        var scored = new List<string>();
        foreach (var (from, to, province, abbreviation) in Regions)
        {
            var firms = (await directory.ListAsync(from, to, [], activeOnly: true, cancellationToken))
                .OrderBy(f => f.CreditCode, StringComparer.Ordinal)
                .ToList();
            foreach (var firm in firms)
            {
                var isDemoFirm = firm.CreditCode == demoFirm;
                if (!isDemoFirm && random.Next(ShareOfFirms) != 0)
                {
                    continue;
                }

                var profile = isDemoFirm ? Profile.DemoAccount : random.NextDouble() switch
                {
                    < 0.45 => Profile.Exemplary,
                    < 0.75 => Profile.Steady,
                    < 0.9 => Profile.Untrustworthy,
                    _ => Profile.Serious,
                };
                var file = new FileBuilder(firm, province, abbreviation, today, random);
                file.Build(profile);
                foreach (var record in file.Records)
                {
                    db.Records.Add(new CreditRecord
                    {
                        Id = Guid.CreateVersion7(now),
                        EnterpriseCreditCode = firm.CreditCode,
                        EnterpriseName = firm.Name,
                        RegionCode = firm.RegionCode,
                        Kind = record.Kind,
                        Severity = record.Severity,
                        OccurredOn = record.On,
                        Title = record.Title,
                        Detail = record.Detail,
                        DocumentNumber = record.Document,
                        Authority = record.Authority,
                        SourceModule = CreditSources.Manual,
                        SourceReference = "demo-" + Guid.CreateVersion7(now).ToString("N"),
                        CreatedAt = now,
                        CreatedBy = db.Caller.Name,
                    });
                }

                scored.Add(firm.CreditCode);
            }
        }

        await db.SaveChangesAsync(cancellationToken);

        await SeedListingsAsync(today, cancellationToken);

        foreach (var code in scored)
        {
            await rescorer.RescoreAsync(code, CreditSources.TriggerRescore, cancellationToken);
        }

        await SeedObjectionsAndRepairsAsync(demoFirm, today, cancellationToken);
    }

    /// <summary>
    /// A handful of listings on the demo files, each resting on records the firm has: a black listing in force, one
    /// noticed and awaiting its decision (the statement period over), one removed early after its year, a red
    /// listing in force and one expired. Firms of 思明区, then of 厦门, then of 福建 come first, so the demo regulators
    /// of those regions see them; the dates follow the list rules as the use cases would have set them.
    /// </summary>
    private async Task SeedListingsAsync(DateOnly today, CancellationToken cancellationToken)
    {
        if (await db.Listings.AnyAsync(cancellationToken))
        {
            return;
        }

        var rules = ListRules.Current;
        var penalties = await db.Records.AsNoTracking()
            .Where(r => r.Kind == CreditRecordKind.AdministrativePenalty && r.Severity == RecordSeverity.Serious)
            .ToListAsync(cancellationToken);
        var honours = await db.Records.AsNoTracking()
            .Where(r => r.Kind == CreditRecordKind.QualityAward || r.Kind == CreditRecordKind.Brand)
            .ToListAsync(cancellationToken);
        var blackFirms = penalties.GroupBy(r => r.EnterpriseCreditCode).Where(g => g.Count() == 1).Select(g => g.Single()).OrderBy(Nearness).ThenBy(r => r.EnterpriseCreditCode, StringComparer.Ordinal).ToList();
        var negativeKinds = CreditRecordKinds.All.Where(k => k.IsNegative()).ToList();
        var untrustworthy = (await db.Records.AsNoTracking().Where(r => negativeKinds.Contains(r.Kind)).Select(r => r.EnterpriseCreditCode).Distinct()
            .ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var redFirms = honours.Where(r => !untrustworthy.Contains(r.EnterpriseCreditCode))
            .OrderBy(Nearness).ThenBy(r => r.EnterpriseCreditCode, StringComparer.Ordinal).ThenBy(r => r.OccurredOn).ToList();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var number = 100;

        CreditRecord? Pick(IEnumerable<CreditRecord> candidates, Func<CreditRecord, bool> fits) =>
            candidates.FirstOrDefault(r => fits(r) && !used.Contains(r.EnterpriseCreditCode)) is { } found && used.Add(found.EnterpriseCreditCode) ? found : null;

        CreditListing Listing(CreditRecord ground, CreditListKind kind, DateOnly proposedOn, DateOnly? servedOn, DateOnly? decidedOn)
        {
            var rule = rules.For(kind);
            var abbreviation = Regions.FirstOrDefault(r => string.CompareOrdinal(ground.RegionCode, r.From) >= 0 && string.CompareOrdinal(ground.RegionCode, r.To) <= 0).Abbreviation ?? "";
            var official = OfficialOf(ground.RegionCode);
            number++;
            var listing = new CreditListing
            {
                Id = Guid.CreateVersion7(At(proposedOn)),
                EnterpriseCreditCode = ground.EnterpriseCreditCode,
                EnterpriseName = ground.EnterpriseName,
                RegionCode = ground.RegionCode,
                Kind = kind,
                Status = ListingStatus.Proposed,
                RulesVersion = rules.Version,
                Grounds = kind == CreditListKind.Black
                    ? $"{ground.Title}（{ground.DocumentNumber}）；违法行为性质恶劣、情节严重、社会危害较大，所受处罚属较重行政处罚"
                    : $"诚信经营，获“{ground.Title}”，近三年无失信记录",
                GroundRecordIds = [ground.Id],
                LegalBasis = rule.LegalBasis,
                ProposedAt = At(proposedOn),
                ProposedBy = official,
            };
            if (servedOn is { } served)
            {
                listing.Status = ListingStatus.Noticed;
                listing.NoticeNumber = $"{abbreviation}市监信告〔{served.Year}〕{number}号";
                listing.NoticeServedOn = served;
                listing.NoticeReasons = listing.Grounds + (kind == CreditListKind.Black ? "，拟列入严重违法失信名单" : "，拟列入守信激励名单");
                listing.NoticeRights = $"你单位可在收到本告知书之日起 {rule.StatementPeriodDays} 日内提出陈述、申辩；依法享有听证权利的，可以要求听证。";
                // As the notice use case sets it: the whole statement period after the day of service.
                listing.DecisionAllowedFrom = served.AddDays(rule.StatementPeriodDays + 1);
                listing.NoticedAt = At(served);
                listing.NoticedBy = official;
            }

            if (decidedOn is { } decided)
            {
                // As the decision use case sets them: from the decision date for the list's period.
                listing.Status = ListingStatus.Listed;
                listing.DecisionNumber = $"{abbreviation}市监信决〔{decided.Year}〕{number}号";
                listing.DecidedOn = decided;
                listing.Authority = FileBuilder.BureauOf(ground.RegionCode);
                listing.ListedFrom = decided;
                listing.ListedUntil = decided.AddMonths(rule.PeriodMonths).AddDays(-1);
                listing.EarlyRemovalFrom = rule.EarlyRemovalAfterMonths is { } months ? decided.AddMonths(months) : null;
                listing.GradeAtBest = rule.GradeAtBest;
                listing.ListedAt = At(decided);
                listing.ListedBy = official;
            }

            db.Listings.Add(listing);
            return listing;
        }

        // A black listing in force, decided a month and more after the penalty it rests on.
        if (Pick(blackFirms, r => r.OccurredOn <= today.AddDays(-60)) is { } inForce)
        {
            Listing(inForce, CreditListKind.Black, inForce.OccurredOn.AddDays(20), inForce.OccurredOn.AddDays(25), inForce.OccurredOn.AddDays(35));
        }

        // Noticed eight days ago: the statement period is over and the decision may be taken today.
        if (Pick(blackFirms, r => r.OccurredOn <= today.AddDays(-15)) is { } noticed)
        {
            Listing(noticed, CreditListKind.Black, today.AddDays(-12), today.AddDays(-8), null);
        }

        // Removed early three weeks after its year on the list, every condition met and no heavier penalty since.
        if (Pick(blackFirms, r => r.OccurredOn <= today.AddDays(-430)) is { } removed)
        {
            var listing = Listing(removed, CreditListKind.Black, removed.OccurredOn.AddDays(20), removed.OccurredOn.AddDays(25), removed.OccurredOn.AddDays(35));
            var endedOn = listing.EarlyRemovalFrom!.Value.AddDays(20);
            listing.Status = ListingStatus.RemovedEarly;
            listing.EndedOn = endedOn;
            listing.EndReason = "列入满一年，相关法定限制期已届满，罚没款已缴清，危害后果已消除，列入后未再受到较重行政处罚，依申请提前移出";
            listing.EndedAt = At(endedOn);
            listing.EndedBy = listing.ListedBy;
        }

        if (Pick(redFirms, r => r.OccurredOn < today.AddDays(-60)) is { } red)
        {
            Listing(red, CreditListKind.Red, today.AddDays(-60), today.AddDays(-55), today.AddDays(-45));
        }

        // Decided 25 months ago on a 24-month list: expired a month ago, by the dates alone.
        var expiredOn = today.AddMonths(-25);
        if (Pick(redFirms, r => r.OccurredOn < expiredOn.AddDays(-20)) is { } expired)
        {
            Listing(expired, CreditListKind.Red, expiredOn.AddDays(-20), expiredOn.AddDays(-15), expiredOn);
        }

        await db.SaveChangesAsync(cancellationToken);

        // 思明区 first, then the rest of 厦门, then 福建, then the other seed regions.
        static int Nearness(CreditRecord record) =>
            record.RegionCode == "350203" ? 0 : record.RegionCode.StartsWith("3502", StringComparison.Ordinal) ? 1 : record.RegionCode.StartsWith("35", StringComparison.Ordinal) ? 2 : 3;
    }

    /// <summary>Ten in the morning, Beijing time, of a day, as an instant in UTC.</summary>
    private static DateTimeOffset At(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8)).ToUniversalTime();

    /// <summary>The demo regulator whose region holds the firm most closely, so each step is signed by an official who may take it.</summary>
    private string OfficialOf(string regionCode) => DemoAccounts.All
        .Where(a => a.Role == Roles.Regulator && a.Region is { } region && regionCode.StartsWith(region.TrimEnd('0'), StringComparison.Ordinal))
        .OrderByDescending(a => a.Region!.TrimEnd('0').Length)
        .Select(a => a.UserName)
        .FirstOrDefault() ?? db.Caller.Name;

    /// <summary>
    /// Objections (异议) and repair applications (信用修复) on the demo files, through the use cases as a regulator would
    /// record them: the demo account's firm has an open objection to its complaint record and a pending repair of its
    /// old general penalty, so the firm's own view has both; another firm's objection to a complaint is upheld (the
    /// record voided), and another firm's repair of a general penalty is approved (no longer published or scored),
    /// both firms of the same province where it has any.
    /// </summary>
    private async Task SeedObjectionsAndRepairsAsync(string demoFirm, DateOnly today, CancellationToken cancellationToken)
    {
        var records = await db.Records.AsNoTracking().OrderBy(r => r.EnterpriseCreditCode).ThenBy(r => r.OccurredOn).ToListAsync(cancellationToken);
        var complaints = records.Where(r => r.Kind == CreditRecordKind.ComplaintUpheld).ToList();
        var seriouslyPenalised = records.Where(r => r.Kind == CreditRecordKind.AdministrativePenalty && r.Severity == RecordSeverity.Serious)
            .Select(r => r.EnterpriseCreditCode).ToHashSet(StringComparer.Ordinal);
        // A general penalty past its repair period on a file without a serious penalty: every condition is met.
        var repairable = records.Where(r => r.Kind == CreditRecordKind.AdministrativePenalty && r.Severity == RecordSeverity.General
            && r.OccurredOn.AddMonths(ObjectionRepairRules.Current.Repair.MonthsFor(RecordSeverity.General) ?? 0) <= today
            && !seriouslyPenalised.Contains(r.EnterpriseCreditCode)).ToList();

        await RaiseAsync(complaints.First(r => r.EnterpriseCreditCode == demoFirm).Id, "该投诉经核实系消费者未按说明书使用所致，不属于产品质量问题，请求撤销该记录。");
        await ApplyAsync(repairable.First(r => r.EnterpriseCreditCode == demoFirm).Id, "已于处罚决定当月缴清罚款，不合格产品已全部召回销毁，并通过了复查。");

        // The other firms are of the demo firm's province where there are any, so one regulator's queues show every state.
        var province = records.First(r => r.EnterpriseCreditCode == demoFirm).RegionCode[..2];
        CreditRecord Other(List<CreditRecord> candidates) =>
            candidates.Where(r => r.EnterpriseCreditCode != demoFirm).OrderBy(r => r.RegionCode.StartsWith(province, StringComparison.Ordinal) ? 0 : 1).First();

        var upheld = await RaiseAsync(Other(complaints).Id, "投诉所涉产品并非本企业生产，包装上的企业名称系他人冒用，已提供公安机关立案回执。");
        Check(await decideObjection.HandleAsync(upheld, new("upheld", "经核查，投诉所涉产品系他人假冒本企业名义生产，该投诉记录不应记入本企业信用档案。"), cancellationToken));

        var approved = await ApplyAsync(Other(repairable).Id, "罚款已缴清，生产线已按整改通知完成改造，近两次监督抽查均合格。");
        Check(await decideRepair.HandleAsync(approved, new("approved", "已履行行政处罚决定，整改到位，并作出信用承诺，准予信用修复。"), cancellationToken));

        async Task<Guid> RaiseAsync(Guid recordId, string grounds) =>
            Check(await raiseObjection.HandleAsync(new(null, recordId, grounds), cancellationToken)).Id;

        async Task<Guid> ApplyAsync(Guid recordId, string statement) =>
            Check(await applyForRepair.HandleAsync(new(null, recordId, true, false, true, "本企业承诺依法诚信经营，严格落实产品质量主体责任，如有违反，自愿接受惩戒。", statement), cancellationToken)).Id;
    }

    /// <summary>A use case that refused the demo is a broken demo: say which rule, rather than seed half of it.</summary>
    private static T Check<T>(Outcome<T> outcome) =>
        outcome.IsSuccess ? outcome.Value! : throw new InvalidOperationException($"Demo case refused: {outcome.Rule} {outcome.Message} {outcome.Errors}");

    private sealed record DemoRecord(CreditRecordKind Kind, RecordSeverity Severity, DateOnly On, string Title, string? Detail, string? Document, string Authority);

    /// <summary>One firm's file for a profile; the dates keep each profile's decisive record within its counting period.</summary>
    private sealed class FileBuilder(EnterpriseSummary firm, string province, string abbreviation, DateOnly today, Random random)
    {
        private static readonly string[] Systems =
        [
            "质量管理体系认证（GB/T 19001-2016 / ISO 9001:2015）",
            "环境管理体系认证（GB/T 24001-2016 / ISO 14001:2015）",
            "职业健康安全管理体系认证（GB/T 45001-2020 / ISO 45001:2018）",
            "中国强制性产品认证（CCC）",
            "测量管理体系认证（GB/T 19022-2003）",
        ];

        private static readonly string[] Complaints =
        [
            "消费者投诉产品使用不足一月即出现故障，经调查属实",
            "消费者投诉产品标注的执行标准与实际不符，经调查属实",
            "消费者投诉产品净含量不足，经核查属实",
            "12315 平台投诉产品存在异味，经检测与调查属实",
        ];

        public List<DemoRecord> Records { get; } = [];

        private string Bureau { get; } = BureauOf(firm.RegionCode);

        public void Build(Profile profile)
        {
            switch (profile)
            {
                case Profile.Exemplary:
                    Certifications(random.Next(1, 4));
                    Maybe(0.5, Award);
                    Maybe(0.6, Brand);
                    Commitment();
                    Maybe(0.3, () => Penalty(RecordSeverity.Light, DaysAgo(200, 1000)));
                    break;
                case Profile.Steady:
                    Certifications(random.Next(0, 3));
                    Commitment();
                    Maybe(0.7, () => Complaint(DaysAgo(20, 330)));
                    Maybe(0.4, () => Penalty(RecordSeverity.Light, DaysAgo(10, 80)));
                    Maybe(0.5, () => Recall(DaysAgo(60, 700)));
                    Maybe(0.4, () => Penalty(RecordSeverity.General, DaysAgo(400, 1000)));
                    break;
                case Profile.Untrustworthy:
                    Maybe(0.5, () => Certifications(1));
                    Penalty(RecordSeverity.General, DaysAgo(15, 330));
                    for (var i = random.Next(1, 4); i > 0; i--)
                    {
                        Complaint(DaysAgo(10, 350));
                    }

                    if (random.NextDouble() < 0.3)
                    {
                        Accident(RecordSeverity.General, DaysAgo(30, 600));
                    }
                    else
                    {
                        Recall(DaysAgo(30, 600));
                    }

                    break;
                case Profile.DemoAccount:
                    Certifications(2);
                    Commitment();
                    Complaint(today.AddDays(-120));
                    Recall(today.AddDays(-200));
                    Penalty(RecordSeverity.General, today.AddDays(-500));
                    break;
                default:
                    Maybe(0.4, () => Certifications(1));
                    if (random.NextDouble() < 0.8)
                    {
                        Penalty(RecordSeverity.Serious, DaysAgo(30, 1000));
                    }
                    else
                    {
                        Accident(RecordSeverity.Serious, DaysAgo(30, 1000));
                    }

                    Maybe(0.6, () => Penalty(RecordSeverity.General, DaysAgo(30, 700)));
                    Maybe(0.6, () => Complaint(DaysAgo(10, 300)));
                    break;
            }
        }

        private void Maybe(double chance, Action add)
        {
            if (random.NextDouble() < chance)
            {
                add();
            }
        }

        private DateOnly DaysAgo(int least, int most) => today.AddDays(-random.Next(least, most + 1));

        private string Number(DateOnly on, string kind) => $"{abbreviation}{kind}〔{on.Year}〕{random.Next(1, 400)}号";

        private void Penalty(RecordSeverity severity, DateOnly on)
        {
            var (title, detail) = severity switch
            {
                RecordSeverity.Light => ("产品标识标注不规范，责令改正并予以警告",
                    "产品未标注生产日期和执行标准编号，违反《产品质量法》第二十七条；首次违法且及时改正，依法从轻处理。"),
                RecordSeverity.General => ("生产不符合国家标准的产品，没收违法生产的产品并处罚款",
                    "监督抽查发现产品关键项目不符合强制性国家标准，违反《产品质量法》第十三条，依第四十九条处货值金额等值罚款。"),
                _ => ("生产销售以假充真、以次充好的产品，没收违法所得并处货值金额三倍罚款",
                    "违反《产品质量法》第三十二条，情节严重，依第五十条处罚，并列入严重违法失信名单候选。"),
            };
            Records.Add(new DemoRecord(CreditRecordKind.AdministrativePenalty, severity, on, title, detail, Number(on, "市监罚"), Bureau));
        }

        private void Complaint(DateOnly on) =>
            Records.Add(new DemoRecord(CreditRecordKind.ComplaintUpheld, RecordSeverity.None, on, Complaints[random.Next(Complaints.Length)], null,
                Number(on, "市监诉"), Bureau));

        private void Recall(DateOnly on) =>
            Records.Add(new DemoRecord(CreditRecordKind.Recall, RecordSeverity.None, on, "主动召回存在安全缺陷的产品",
                "经缺陷调查确认部分批次存在过热风险，企业提交召回计划并实施召回。", Number(on, "市监召"), province + "市场监督管理局"));

        private void Accident(RecordSeverity severity, DateOnly on) =>
            Records.Add(new DemoRecord(CreditRecordKind.QualityAccident, severity, on,
                severity == RecordSeverity.Serious ? "发生重大产品质量安全事故，造成人员受伤" : "生产过程质量失控，造成整批产品报废",
                null, Number(on, "市监事"), Bureau));

        private void Certifications(int count)
        {
            foreach (var system in Systems.OrderBy(_ => random.Next()).Take(count))
            {
                var on = DaysAgo(30, 1050);
                Records.Add(new DemoRecord(CreditRecordKind.Certification, RecordSeverity.None, on, system, null,
                    $"{random.Next(10000, 99999)}{on.Year % 100:D2}Q{random.Next(10000, 99999)}R{random.Next(0, 6)}M", "中国质量认证中心"));
            }
        }

        private void Award()
        {
            var on = DaysAgo(60, 1000);
            Records.Add(new DemoRecord(CreditRecordKind.QualityAward, RecordSeverity.None, on, $"{province}人民政府质量奖（{on.Year}年度）", null,
                Number(on, "政文"), province + "人民政府"));
        }

        private void Brand()
        {
            var on = DaysAgo(60, 1000);
            Records.Add(new DemoRecord(CreditRecordKind.Brand, RecordSeverity.None, on, $"{province}名牌产品（{on.Year}—{on.Year + 2}年）", null,
                Number(on, "名牌认"), province + "质量强省工作领导小组办公室"));
        }

        private void Commitment()
        {
            var on = DaysAgo(5, 330);
            Records.Add(new DemoRecord(CreditRecordKind.QualityCommitment, RecordSeverity.None, on, "签署并公开企业产品质量信用承诺书", null, null, Bureau));
        }

        /// <summary>The market regulation bureau of the firm's county (with its city) or city, by the official names of the region table.</summary>
        internal static string BureauOf(string regionCode)
        {
            if (RegionTable.Default.Find(regionCode) is not { } region)
            {
                return "市场监督管理局";
            }

            // 厦门市思明区市场监督管理局, 福建省市场监督管理局; a municipality keeps its name (天津市和平区市场监督管理局).
            var names = region.FullName;
            var province = region.Chain().Last().Name;
            var local = province.EndsWith('市') || names == province ? names : names[province.Length..];
            return local + "市场监督管理局";
        }
    }
}
