using Zhixin.Credit.Domain;
using Zhixin.Credit.Features;
using Zhixin.Credit.Lists;
using Zhixin.Credit.Sharing;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Regions;

namespace Zhixin.Credit.Pages.Credit;

/// <summary>What the credit pages print beyond the handlers' views: names for wire codes, and the badge of a grade.</summary>
internal static class CreditPageLabels
{
    /// <summary>A and B read as kept faith, C as a warning, D as serious.</summary>
    public static string GradeBadge(string? grade) => grade switch
    {
        "A" or "B" => "badge ok",
        "C" => "badge warn",
        "D" => "badge bad",
        _ => "badge",
    };

    public static string RiskBadge(string? riskClass) => riskClass switch
    {
        "C" => "badge warn",
        "D" => "badge bad",
        _ => "badge",
    };

    /// <summary>The red list reads as kept faith, the black list as serious.</summary>
    public static string ListBadge(string kind) => kind == "black" ? "badge bad" : "badge ok";

    /// <summary>A listing under way as a warning, one in force in its list's colour, one that ended plain.</summary>
    public static string ListingStatusBadge(string kind, string status) => status switch
    {
        "proposed" or "noticed" => "badge warn",
        "listed" => ListBadge(kind),
        _ => "badge",
    };

    /// <summary>A listing's first and last day on the list; a dash before the decision.</summary>
    public static string Period(DateOnly? from, DateOnly? until) =>
        from is null ? "—" : CreditText.Format("Lists.Period", ChinaTime.Format(from), ChinaTime.Format(until));

    public static string Grade(string grade) =>
        Enum.TryParse<CreditGrade>(grade, out var parsed) ? CreditLabels.Grade(parsed) : grade;

    public static string RiskClass(string riskClass) =>
        Enum.TryParse<Domain.RiskClass>(riskClass, out var parsed) ? CreditLabels.RiskClass(parsed) : riskClass;

    /// <summary>A record's severity from its wire code (serious → 严重); a dash for positive records.</summary>
    public static string Severity(string? code) =>
        CreditLabels.ParseSeverity(code) is { } severity ? CreditLabels.Severity(severity) : CreditLabels.Severity(RecordSeverity.None);

    /// <summary>A record's severity where it has one (严重), else whether it is negative or positive (失信, 守信).</summary>
    public static string Nature(CreditRecordView record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Severity is not null ? Severity(record.Severity) : CreditText.Get(record.Negative ? "Page.Negative" : "Page.Positive");
    }

    public static string Source(string source) => Known("Page.Source." + source, source);

    public static string Trigger(string trigger) => Known("Page.Trigger." + trigger, trigger);

    /// <summary>A source's address as a link only when it is a page of the platform or a web address, never a script.</summary>
    public static string? Link(string? address) =>
        address is not null && ((address.StartsWith('/') && !address.StartsWith("//", StringComparison.Ordinal))
            || address.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || address.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            ? address
            : null;

    /// <summary>A case's target from its wire code (listing → 名单).</summary>
    public static string Target(string code) => CaseLabels.Parse<CreditTarget>(code) is { } target ? CaseLabels.Name(target) : code;

    /// <summary>Overdue red, open amber, granted (upheld, approved) green, rejected plain.</summary>
    public static string CaseBadge(ICaseView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view.Overdue ? "badge bad" : view.DecidedOn is null ? "badge warn" : view.Status == "rejected" ? "badge" : "badge ok";
    }

    /// <summary>A region's full name; the country (000000, no GB/T 2260 code) by its word.</summary>
    public static string Region(string code) => code == "000000" ? CreditText.Get("Page.Region.National") : RegionTable.Default.Find(code)?.FullName ?? code;

    private static string Known(string key, string fallback)
    {
        var text = CreditText.Get(key);
        return text == key ? fallback : text;
    }

    /// <summary>Active reads as good standing, revoked as stopped, expired as neutral.</summary>
    public static string GrantBadge(string status) => status switch
    {
        "active" => "badge ok",
        "revoked" => "badge bad",
        _ => "badge",
    };

    /// <summary>A sharing scope in words (credit:grade → 信用等级与评分); an unknown code as written.</summary>
    public static string SharingScope(string scope) => Known("Page.Sharing.Scope." + scope.Replace("credit:", "", StringComparison.Ordinal), scope);

    /// <summary>A use of a grant in words: 单户查询, 批量查询, 变更订阅, 关注, and a joint check with its measure's name.</summary>
    public static string ReadUse(string what, string? measure)
    {
        var use = Known("Page.SharingGrant.Use." + what, what);
        return measure is null ? use : use + "：" + (JointMeasures.Current.Find(measure)?.Name ?? measure);
    }

    /// <summary>Why a request was refused, in words; nothing when it was not.</summary>
    public static string Refusal(string? reason) => reason is null ? "" : Known("Page.SharingGrant.Refusal." + reason, reason);

    /// <summary>What a watchlist notification says happened: a grade's move as written (B→C), a record added or voided, a listing's step.</summary>
    public static string WatchChange(string kind, string change)
    {
        if (kind == "listing" && change.Split(':') is [var list, var status]
            && ListLabels.ParseKind(list) is { } listKind && ListLabels.ParseStatus(status) is { } listingStatus)
        {
            return ListLabels.Kind(listKind) + " · " + ListLabels.Status(listingStatus);
        }

        return kind == "record" ? Known("Page.Watch.Record." + change, change) : change;
    }

}
