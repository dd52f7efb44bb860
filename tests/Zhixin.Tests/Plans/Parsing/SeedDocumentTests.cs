using Zhixin.Plans.Data;
using Zhixin.Plans.Import.Matching;
using Zhixin.Plans.Import.Parsing;
using Zhixin.Platform.Departments;

namespace Zhixin.Tests.Plans.Parsing;

public sealed class SeedDocumentTests
{
    public static TheoryData<string, int, int> Counts => new()
    {
        { DemoPlanDocuments.Fujian2012, 8, 26 },
        { DemoPlanDocuments.Tianjin2013, 7, 21 },
        { DemoPlanDocuments.National2012, 8, 25 },
        { DemoPlanDocuments.Henan2014, 4, 18 },
        { DemoPlanDocuments.Pingxiang2013, 8, 33 },
    };

    public static TheoryData<string, string?, string?, string?, string?> Metadata => new()
    {
        { DemoPlanDocuments.Fujian2012, "福建省贯彻实施质量发展纲要2012年行动计划", "闽质强省办〔2012〕1号", "福建省质量技术监督局", "2012-07-13" },
        { DemoPlanDocuments.Tianjin2013, "天津市貫徹落實質量發展綱要2013年行動計劃", "津政办发〔2013〕39号", "天津市人民政府辦公廳", "2013-05-23" },
        { DemoPlanDocuments.National2012, "贯彻实施质量发展纲要2012年行动计划", null, null, null },
        { DemoPlanDocuments.Henan2014, "贯彻实施质量发展纲要2014年行动计划实施方案", null, "河南省人民政府办公厅", "2014-07-18" },
        { DemoPlanDocuments.Pingxiang2013, "萍鄉市質量發展綱要(2011-2020年)", "萍府发〔2013〕7号", "萍鄉市人民政府", "2013-05-16" },
    };

    public static TheoryData<string, string> Jurisdictions => new()
    {
        { DemoPlanDocuments.Fujian2012, "350000" },
        { DemoPlanDocuments.Tianjin2013, "120000" },
        { DemoPlanDocuments.National2012, "000000" },
        { DemoPlanDocuments.Henan2014, "410000" },
        { DemoPlanDocuments.Pingxiang2013, "360300" },
    };

    public static TheoryData<string> ActionPlans => [DemoPlanDocuments.Fujian2012, DemoPlanDocuments.Tianjin2013, DemoPlanDocuments.National2012, DemoPlanDocuments.Henan2014];

    [Theory]
    [MemberData(nameof(Counts))]
    public void Parse_WhenSeedDocument_FindsAllSectionsAndTasks(string fileName, int sections, int tasks)
    {
        var plan = SeedPlans.Get(fileName);

        Assert.Equal(sections, plan.Sections.Count);
        Assert.Equal(tasks, plan.Tasks.Count);
    }

    [Theory]
    [MemberData(nameof(Metadata))]
    public void Parse_WhenSeedDocument_ReadsOwnMetadata(string fileName, string? title, string? number, string? issuer, string? issuedOn)
    {
        var plan = SeedPlans.Get(fileName);

        Assert.Equal(title, plan.Title);
        Assert.Equal(number, plan.DocumentNumber);
        Assert.Equal(issuer, plan.Issuer);
        Assert.Equal(issuedOn is null ? null : DateOnly.Parse(issuedOn, System.Globalization.CultureInfo.InvariantCulture), plan.IssuedOn);
    }

    [Theory]
    [MemberData(nameof(ActionPlans))]
    public void Parse_WhenActionPlan_AssignsEveryTaskTheDepartmentsTheTextStates(string fileName)
    {
        var plan = SeedPlans.Get(fileName);
        var expected = SeedPlans.Expected(fileName);

        Assert.Equal(expected.Tasks.Select(t => t.Number), plan.Tasks.Select(t => t.Number));
        foreach (var (want, got) in expected.Tasks.Zip(plan.Tasks))
        {
            Assert.True(want.Lead.SequenceEqual(got.Lead), $"{want.Number} lead: {string.Join("、", got.Lead)}");
            Assert.True(want.Participants.SequenceEqual(got.Participants), $"{want.Number} participants: {string.Join("、", got.Participants)}");
            Assert.True(want.Responsible.SequenceEqual(got.Responsible), $"{want.Number} responsible: {string.Join("、", got.Responsible)}");
        }
    }

    [Theory]
    [MemberData(nameof(ActionPlans))]
    public void Match_WhenEveryDepartmentNameOfActionPlan_FindsShippedDepartmentInJurisdiction(string fileName)
    {
        var plan = SeedPlans.Get(fileName);
        var jurisdiction = new JurisdictionFinder().Find(plan);
        var matcher = new DepartmentMatcher(ShippedDepartments.All);

        var unmatched = plan.Tasks
            .SelectMany(t => t.Lead.Concat(t.Participants).Concat(t.Responsible))
            .Distinct(StringComparer.Ordinal)
            .Where(name => matcher.Match(name, jurisdiction) is null)
            .ToList();

        Assert.Empty(unmatched);
    }

    [Theory]
    [MemberData(nameof(Jurisdictions))]
    public void Find_WhenSeedDocument_ReturnsItsRegion(string fileName, string regionCode)
    {
        Assert.Equal(regionCode, new JurisdictionFinder().Find(SeedPlans.Get(fileName)));
    }

    [Fact]
    public void Parse_WhenFujian_SectionsHaveNumbersAndTitlesAsWritten()
    {
        var sections = SeedPlans.Get(DemoPlanDocuments.Fujian2012).Sections;

        Assert.Equal(["一", "二", "三", "四", "五", "六", "七", "八"], sections.Select(s => s.Number));
        Assert.Equal("强化重点产品质量安全监管", sections[0].Title);
        Assert.Equal("加强组织保障、宣传教育和社会监督", sections[7].Title);
    }

    [Fact]
    public void Parse_WhenFujian_TasksAreNumberedAcrossSectionsWithTitleAndTextWithoutDepartments()
    {
        var tasks = SeedPlans.Get(DemoPlanDocuments.Fujian2012).Tasks;

        Assert.Equal("(一)", tasks[0].Number);
        Assert.Equal("一", tasks[0].Section);
        Assert.Equal("(五)", tasks[4].Number);
        Assert.Equal("二", tasks[4].Section);
        Assert.Equal("(二十六)", tasks[25].Number);
        Assert.Equal("开展重点产品重点行业重点环节质量安全问题综合整治", tasks[0].Title);
        Assert.EndsWith("组织开展相关行业质量违法犯罪行为的专项执法行动。", tasks[0].Text, StringComparison.Ordinal);
        Assert.EndsWith("按时完成各项任务。", tasks[25].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WhenFujianLastTaskIsFollowedByPageFooter_KeepsFooterOutOfText()
    {
        var plan = SeedPlans.Get(DemoPlanDocuments.Fujian2012);

        Assert.DoesNotContain(plan.Tasks, t => t.Text.Contains("食品伙伴网", StringComparison.Ordinal) || t.Text.Contains("标签", StringComparison.Ordinal));
        Assert.Contains(plan.Warnings, w => w.Kind == ParseWarningKind.NoDepartments && w.Excerpt.StartsWith("(二十六)", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_WhenHenan_NumbersTasksWithArabicNumeralsAsWritten()
    {
        var tasks = SeedPlans.Get(DemoPlanDocuments.Henan2014).Tasks;

        Assert.Equal(Enumerable.Range(1, 18).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), tasks.Select(t => t.Number));
        Assert.Equal("加强食品农产品质量安全监管", tasks[0].Title);
        Assert.DoesNotContain("各省辖市、省直管县(市)政府要加强", tasks[17].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WhenNationalBilingualCopy_KeepsEnglishAsTranslations()
    {
        var plan = SeedPlans.Get(DemoPlanDocuments.National2012);

        Assert.StartsWith("( a ) to carry out", plan.Tasks[0].Translation, StringComparison.Ordinal);
        Assert.All(plan.Tasks, t => Assert.NotNull(t.Translation));
        Assert.DoesNotContain(plan.Tasks, t => t.Text.Contains("the", StringComparison.Ordinal));
        Assert.Equal("强化重点产品质量安全监管", plan.Sections[0].Title);
    }

    [Fact]
    public void Parse_WhenTianjinTraditional_KeepsNamesAsWritten()
    {
        var tasks = SeedPlans.Get(DemoPlanDocuments.Tianjin2013).Tasks;

        Assert.Equal("加強食品安全監管", tasks[0].Title);
        Assert.Contains("市食品藥品監管局", tasks[0].Responsible);
    }
}
