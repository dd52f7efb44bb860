namespace Zhixin.Credit;

/// <summary>Routes of the quality-credit module (质量信用), used by endpoints, pages and tests.</summary>
public static class CreditRoutes
{
    public const string Api = "/api/v1/credit";
    public const string ApiRecords = Api + "/records";
    public const string ApiEnterprises = Api + "/enterprises";
    public const string ApiRuleSets = Api + "/rule-sets";
    public const string ApiInspectionRatios = Api + "/inspection-ratios";
    public const string ApiLists = Api + "/lists";
    public const string ApiObjections = Api + "/objections";
    public const string ApiRepairs = Api + "/repairs";

    public const string ApiSharing = Api + "/sharing";
    public const string ApiSharingGrants = ApiSharing + "/grants";
    public const string ApiSharingBulk = ApiSharing + "/enterprises/query";
    public const string ApiSharingChanges = ApiSharing + "/changes";
    public const string ApiWatchlist = ApiSharing + "/watchlist";
    public const string ApiWatchNotifications = ApiSharing + "/notifications";
    public const string ApiWatchNotificationsRead = ApiWatchNotifications + "/read";

    public const string Pages = "/credit";
    public const string RuleSets = Pages + "/rule-sets";
    public const string Lists = Pages + "/lists";
    public const string NewListing = Lists + "/new";
    public const string Objections = Pages + "/objections";
    public const string Repairs = Pages + "/repairs";

    /// <summary>The forms by which a firm (or a regulator on its behalf) objects or applies for repair; ?code=, ?listingId= or ?recordId= preselect.</summary>
    public const string NewObjection = Objections + "/new";
    public const string NewRepair = Repairs + "/new";

    /// <summary>The grants of other departments (信息共享) a regulator answers for; the form to issue one.</summary>
    public const string Sharing = Pages + "/sharing";

    /// <summary>A department official's watchlist and its notifications.</summary>
    public const string SharingWatchlist = Sharing + "/watchlist";

    public const string ApiReportsVerify = Api + "/reports/verify";
    public const string ApiReportsPublicKey = Api + "/reports/public-key";
    public const string ApiGradePublication = Api + "/grade-publication";

    /// <summary>The public lookup (信用公示), anonymous: search with ?q=, one firm by its code.</summary>
    public const string ApiPublic = "/api/v1/public/credit";

    public const string VerifyReport = Pages + "/reports/verify";
    public const string GradePublication = Pages + "/grade-publication";
    public const string InspectionRatios = Pages + "/inspection-ratios";
    public const string Public = "/public/credit";

    /// <summary>The rate-limiter policy of the anonymous endpoints and pages.</summary>
    public const string PublicRateLimit = "credit-public";

    public static string ApiEnterprise(string creditCode) => ApiEnterprises + "/" + Uri.EscapeDataString(creditCode);

    public static string ApiSharingGrant(Guid id) => ApiSharingGrants + "/" + id.ToString("D");

    public static string ApiSharingGrantRevocation(Guid id) => ApiSharingGrant(id) + "/revocation";

    public static string ApiSharingGrantReads(Guid id) => ApiSharingGrant(id) + "/reads";

    public static string SharingGrant(Guid id) => Sharing + "/" + id.ToString("D");

    public static string ApiSharedEnterprise(string creditCode) => ApiSharing + "/enterprises/" + Uri.EscapeDataString(creditCode);

    public static string ApiJointCheck(string creditCode, string measure) => ApiSharedEnterprise(creditCode) + "/joint-check?measure=" + Uri.EscapeDataString(measure);

    public static string ApiWatch(string creditCode) => ApiWatchlist + "/" + Uri.EscapeDataString(creditCode);

    public static string ApiListing(Guid id) => ApiLists + "/" + id.ToString("D");

    public static string ApiListingNotice(Guid id) => ApiListing(id) + "/notice";

    public static string ApiListingDecision(Guid id) => ApiListing(id) + "/decision";

    public static string ApiListingEarlyRemoval(Guid id) => ApiListing(id) + "/early-removal";

    public static string ApiListingRevocation(Guid id) => ApiListing(id) + "/revocation";

    public static string ApiObjection(Guid id) => ApiObjections + "/" + id.ToString("D");

    public static string ApiObjectionDecision(Guid id) => ApiObjection(id) + "/decision";

    public static string ApiRepair(Guid id) => ApiRepairs + "/" + id.ToString("D");

    public static string ApiRepairDecision(Guid id) => ApiRepair(id) + "/decision";

    public static string Listing(Guid id) => Lists + "/" + id.ToString("D");

    /// <summary>The form proposing a firm for the red or black list.</summary>
    public static string ProposeListing(string creditCode) => NewListing + "?code=" + Uri.EscapeDataString(creditCode);

    public static string Objection(Guid id) => Objections + "/" + id.ToString("D");

    public static string Repair(Guid id) => Repairs + "/" + id.ToString("D");

    /// <summary>A record on its firm's file page.</summary>
    public static string Record(string creditCode, Guid id) => Enterprise(creditCode) + "#record-" + id.ToString("D");

    public static string ApiVoidRecord(Guid id) => ApiRecords + "/" + id.ToString("D") + "/void";

    public static string ApiRuleSet(int version) => ApiRuleSets + "/" + version.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string ApiRuleSetCopy(int version) => ApiRuleSet(version) + "/copy";

    public static string ApiRuleSetPublish(int version) => ApiRuleSet(version) + "/publish";

    public static string ApiRuleSetDiscard(int version) => ApiRuleSet(version) + "/discard";

    public static string ApiRuleSetRules(int version) => ApiRuleSet(version) + "/rules";

    public static string ApiRuleSetRule(int version, string code) => ApiRuleSetRules(version) + "/" + Uri.EscapeDataString(code);

    public static string ApiInspectionRatiosOf(string region) => ApiInspectionRatios + "/" + Uri.EscapeDataString(region);

    /// <summary>The form over a draft: its figures and texts, publishing and discarding, and the what-if.</summary>
    public static string RuleSetEdit(int version) => RuleSet(version) + "/edit";

    public static string RuleSet(int version) => RuleSets + "/" + version.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Enterprise(string creditCode) => Pages + "/enterprises/" + Uri.EscapeDataString(creditCode);

    public static string ApiEnterpriseReport(string creditCode) => ApiEnterprise(creditCode) + "/report";

    public static string ApiGradePublicationOf(string region) => ApiGradePublication + "/" + Uri.EscapeDataString(region);

    public static string ApiPublicFirm(string creditCode) => ApiPublic + "/" + Uri.EscapeDataString(creditCode);

    public static string Report(string creditCode) => Enterprise(creditCode) + "/report";

    public static string PublicFirm(string creditCode) => Public + "/" + Uri.EscapeDataString(creditCode);
}
