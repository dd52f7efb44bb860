namespace Zhixin.Credit;

/// <summary>Routes of the quality-credit module (质量信用), used by endpoints, pages and tests.</summary>
public static class CreditRoutes
{
    public const string Api = "/api/v1/credit";
    public const string ApiRecords = Api + "/records";
    public const string ApiEnterprises = Api + "/enterprises";
    public const string ApiRuleSets = Api + "/rule-sets";
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
    public const string Objections = Pages + "/objections";
    public const string Repairs = Pages + "/repairs";

    public const string ApiReportsVerify = Api + "/reports/verify";
    public const string ApiReportsPublicKey = Api + "/reports/public-key";
    public const string ApiGradePublication = Api + "/grade-publication";

    /// <summary>The public lookup (信用公示), anonymous: search with ?q=, one firm by its code.</summary>
    public const string ApiPublic = "/api/v1/public/credit";

    public const string VerifyReport = Pages + "/reports/verify";
    public const string GradePublication = Pages + "/grade-publication";
    public const string Public = "/public/credit";

    /// <summary>The rate-limiter policy of the anonymous endpoints and pages.</summary>
    public const string PublicRateLimit = "credit-public";

    public static string ApiEnterprise(string creditCode) => ApiEnterprises + "/" + Uri.EscapeDataString(creditCode);

    public static string ApiSharingGrant(Guid id) => ApiSharingGrants + "/" + id.ToString("D");

    public static string ApiSharingGrantRevocation(Guid id) => ApiSharingGrant(id) + "/revocation";

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

    public static string ApiVoidRecord(Guid id) => ApiRecords + "/" + id.ToString("D") + "/void";

    public static string RuleSet(int version) => RuleSets + "/" + version.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Enterprise(string creditCode) => Pages + "/enterprises/" + Uri.EscapeDataString(creditCode);

    public static string ApiEnterpriseReport(string creditCode) => ApiEnterprise(creditCode) + "/report";

    public static string ApiGradePublicationOf(string region) => ApiGradePublication + "/" + Uri.EscapeDataString(region);

    public static string ApiPublicFirm(string creditCode) => ApiPublic + "/" + Uri.EscapeDataString(creditCode);

    public static string Report(string creditCode) => Enterprise(creditCode) + "/report";

    public static string PublicFirm(string creditCode) => Public + "/" + Uri.EscapeDataString(creditCode);
}
