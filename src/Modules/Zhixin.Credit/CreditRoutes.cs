namespace Zhixin.Credit;

/// <summary>Routes of the quality-credit module (质量信用), used by endpoints, pages and tests.</summary>
public static class CreditRoutes
{
    public const string Api = "/api/v1/credit";
    public const string ApiRecords = Api + "/records";
    public const string ApiEnterprises = Api + "/enterprises";
    public const string ApiRuleSets = Api + "/rule-sets";
    public const string ApiLists = Api + "/lists";
    public const string ApiSharing = Api + "/sharing";
    public const string ApiSharingGrants = ApiSharing + "/grants";
    public const string ApiSharingBulk = ApiSharing + "/enterprises/query";
    public const string ApiSharingChanges = ApiSharing + "/changes";
    public const string ApiWatchlist = ApiSharing + "/watchlist";
    public const string ApiWatchNotifications = ApiSharing + "/notifications";
    public const string ApiWatchNotificationsRead = ApiWatchNotifications + "/read";

    public const string Pages = "/credit";
    public const string RuleSets = Pages + "/rule-sets";

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

    public static string ApiVoidRecord(Guid id) => ApiRecords + "/" + id.ToString("D") + "/void";

    public static string RuleSet(int version) => RuleSets + "/" + version.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Enterprise(string creditCode) => Pages + "/enterprises/" + Uri.EscapeDataString(creditCode);
}
