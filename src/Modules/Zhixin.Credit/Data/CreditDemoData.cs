using Microsoft.EntityFrameworkCore;
using Zhixin.Credit.Domain;
using Zhixin.Credit.Features;
using Zhixin.Credit.Features.Rescore;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Modules;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Regions;
using Zhixin.Register.Contracts;

namespace Zhixin.Credit.Data;

/// <summary>
/// Demo credit files for firms of the demo register: penalties of each severity, complaints upheld, recalls, a rare
/// accident, certifications, awards, brands and commitments, dated over the last three years, so that the four grades
/// and the risk classes all occur; then every firm with a file is scored. The spot-check failures of the inspection
/// demo arrive afterwards through its BatchFailed events, like real ones.
/// </summary>
internal sealed class CreditDemoData(CreditDbContext db, IEnterpriseDirectory directory, EnterpriseRescorer rescorer, TimeProvider clock) : IDemoDataSeed
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
        foreach (var code in scored)
        {
            await rescorer.RescoreAsync(code, CreditSources.TriggerRescore, cancellationToken);
        }
    }

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
        private static string BureauOf(string regionCode)
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
