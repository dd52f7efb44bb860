using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Zhixin.Credit.Cli;
using Zhixin.Credit.Data;
using Zhixin.Credit.Features.ApplyForRepair;
using Zhixin.Credit.Features.DecideListing;
using Zhixin.Credit.Features.DecideObjection;
using Zhixin.Credit.Features.DecideRepair;
using Zhixin.Credit.Features.GetCreditFile;
using Zhixin.Credit.Features.IssueCreditReport;
using Zhixin.Credit.Features.ListAssessments;
using Zhixin.Credit.Features.ListListings;
using Zhixin.Credit.Features.ListObjections;
using Zhixin.Credit.Features.ListRepairs;
using Zhixin.Credit.Features.ManageRuleSets;
using Zhixin.Credit.Features.ManageSharingGrants;
using Zhixin.Credit.Features.ProposeListing;
using Zhixin.Credit.Features.ProvideRiskClasses;
using Zhixin.Credit.Features.PublicLookup;
using Zhixin.Credit.Features.RaiseObjection;
using Zhixin.Credit.Features.ReceiveBatchFailed;
using Zhixin.Credit.Features.RecordCreditEntry;
using Zhixin.Credit.Features.RemoveListingEarly;
using Zhixin.Credit.Features.Rescore;
using Zhixin.Credit.Features.RevokeListing;
using Zhixin.Credit.Features.RuleSets;
using Zhixin.Credit.Features.ServeListingNotice;
using Zhixin.Credit.Features.SetGradePublication;
using Zhixin.Credit.Features.SetInspectionRatios;
using Zhixin.Credit.Features.ShareCreditData;
using Zhixin.Credit.Features.VerifyCreditReport;
using Zhixin.Credit.Features.VoidCreditRecord;
using Zhixin.Credit.Features.Watchlist;
using Zhixin.Credit.Features.WhatIf;
using Zhixin.Credit.Jobs;
using Zhixin.Credit.Reports;
using Zhixin.Credit.Sharing;
using Zhixin.Inspection.Contracts;
using Zhixin.Platform.Audit;
using Zhixin.Platform.Cli;
using Zhixin.Platform.Data;
using Zhixin.Platform.Events;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Identity.ApiClients;
using Zhixin.Platform.Modules;

namespace Zhixin.Credit;

/// <summary>Quality credit (质量信用): files, scoring, grades and risk classes; level 4, above inspection.</summary>
public sealed class CreditModule : IZhixinModule
{
    public const int Level = 4;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<CreditDbContext>(CreditDbContext.SchemaName, Level);
        services.AddScoped<IReferenceDataSeed, ScoringModelSeed>();
        services.AddScoped<IDemoDataSeed, CreditDemoData>();
        services.AddScoped<RuleSetCatalog>();
        services.AddScoped<EnterpriseRescorer>();
        services.AddScoped<RescoreAllHandler>();
        services.AddScoped<RecordCreditEntryHandler>();
        services.AddScoped<VoidCreditRecordHandler>();
        services.AddScoped<GetCreditFileHandler>();
        services.AddScoped<ListAssessmentsHandler>();
        services.AddScoped<ListRuleSetsHandler>();
        services.AddScoped<SaveDraftRuleSetHandler>();
        services.AddScoped<PublishRuleSetHandler>();
        services.AddScoped<EditDraftRuleSetHandler>();
        services.AddScoped<AddDraftRuleHandler>();
        services.AddScoped<RemoveDraftRuleHandler>();
        services.AddScoped<CopyRuleSetHandler>();
        services.AddScoped<DiscardDraftRuleSetHandler>();
        services.AddScoped<WhatIfHandler>();
        services.AddScoped<SetInspectionRatiosHandler>();
        services.AddScoped<ProposeListingHandler>();
        services.AddScoped<ServeListingNoticeHandler>();
        services.AddScoped<DecideListingHandler>();
        services.AddScoped<RemoveListingEarlyHandler>();
        services.AddScoped<RevokeListingHandler>();
        services.AddScoped<ListListingsHandler>();
        services.AddScoped<GetListingHandler>();
        services.AddScoped<RaiseObjectionHandler>();
        services.AddScoped<DecideObjectionHandler>();
        services.AddScoped<ListObjectionsHandler>();
        services.AddScoped<ApplyForRepairHandler>();
        services.AddScoped<DecideRepairHandler>();
        services.AddScoped<ListRepairsHandler>();
        services.AddScoped<IApiClientResolver, CreditApiClientResolver>();
        services.AddScoped<IssueSharingGrantHandler>();
        services.AddScoped<ListSharingGrantsHandler>();
        services.AddScoped<ListGrantReadsHandler>();
        services.AddScoped<SharedFileReader>();
        services.AddScoped<LookupSharedFileHandler>();
        services.AddScoped<QuerySharedFilesHandler>();
        services.AddScoped<ReadChangeFeedHandler>();
        services.AddScoped<CheckJointMeasureHandler>();
        services.AddScoped<WatchlistHandler>();
        services.AddIntegrationEventSubscriber<BatchFailed, BatchFailedSubscriber>();
        AddReports(services, configuration);
        AddPublicLookup(services, configuration);
        // Registered after the spot-check module's default (every firm B), so this one is resolved.
        services.AddScoped<ICreditRiskClasses, CreditRiskClasses>();
        var nightlyAt = configuration.GetValue("Zhixin:Credit:NightlyRescoreAt", new TimeOnly(2, 0));
        services.AddHostedService(provider => new NightlyRescoreJob(
            provider, provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<ILogger<NightlyRescoreJob>>(), nightlyAt));
    }

    private static void AddReports(IServiceCollection services, IConfiguration configuration)
    {
        // Beside the audit key unless configured: both are the platform's secrets kept outside the database.
        var configured = configuration["Zhixin:Credit:Report:KeyFile"];
        services.AddSingleton(provider => new ReportSigningKey(string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(Path.GetDirectoryName(provider.GetRequiredService<IOptions<AuditOptions>>().Value
                .ResolveKeyFile(provider.GetRequiredService<DatabaseTarget>()))!, "credit-report-p256.pem")
            : Path.GetFullPath(configured)));
        services.AddScoped<IssueCreditReportHandler>();
        services.AddScoped<VerifyCreditReportHandler>();
    }

    private static void AddPublicLookup(IServiceCollection services, IConfiguration configuration)
    {
        services.AddMemoryCache();
        var cacheSeconds = configuration.GetValue("Zhixin:Credit:PublicLookup:CacheSeconds", 60);
        services.AddSingleton(provider => new PublicCreditCache(
            provider.GetRequiredService<IMemoryCache>(), TimeSpan.FromSeconds(Math.Max(1, cacheSeconds)), provider.GetRequiredService<TimeProvider>()));
        services.AddScoped<GetPublicCreditHandler>();
        services.AddScoped<SearchPublicCreditHandler>();
        services.AddScoped<SetGradePublicationHandler>();
        var permits = configuration.GetValue("Zhixin:Credit:PublicLookup:PermitsPerMinute", 60);
        var window = TimeSpan.FromSeconds(configuration.GetValue("Zhixin:Credit:PublicLookup:WindowSeconds", 60));
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(CreditRoutes.PublicRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, permits), Window = window, QueueLimit = 0 }));
            options.OnRejected = PublicRateLimit.RejectAsync;
        });
    }

    public void MapEndpoints(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        MapPublic(app);
        MapSharing(app);
        var api = app.MapGroup(CreditRoutes.Api).WithTags("Credit").RequireAuthorization(Policies.CreditRead);
        api.MapGet("/enterprises", ListAssessmentsEndpoint.HandleAsync).WithName("ListCreditAssessments")
            .WithSummary("Firms' current credit grades (A 守信 … D 严重失信) in the caller's scope: filter by grade, risk class (regulators only), region, code prefix; paged")
            .ProducesValidationProblem();
        api.MapGet("/enterprises/{code}", GetCreditFileEndpoint.HandleAsync).WithName("GetCreditFile")
            .WithSummary("A firm's credit file (企业质量信用档案): records with their sources, the current score with its breakdown rule by rule, history, and when each better grade is reached")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/enterprises/{code}/what-if", WhatIfEndpoint.HandleAsync).WithName("CreditWhatIf")
            .WithSummary("A firm scored today under the rule set in force and under another version (ruleSet=N, a draft usually), with both breakdowns and outlooks; nothing is stored")
            .RequireAuthorization(Policies.CreditWrite).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/rule-sets", ListRuleSetsEndpoint.ListAsync).WithName("ListScoringRuleSets")
            .WithSummary("Every version of the scoring rules (评分规则), drafts and published, newest first")
            .RequireAuthorization(Policies.CreditWrite);
        api.MapGet("/rule-sets/{version:int}", ListRuleSetsEndpoint.GetAsync).WithName("GetScoringRuleSet")
            .WithSummary("One version of the scoring rules with every rule, grade threshold and risk condition")
            .RequireAuthorization(Policies.CreditWrite).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/rule-sets", SaveDraftRuleSetEndpoint.CreateAsync).WithName("CreateDraftScoringRuleSet")
            .WithSummary("Store a draft rule set (JSON in the shipped format) as the next version; refused with every problem named")
            .RequireAuthorization(Policies.CreditWrite).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapPut("/rule-sets/{version:int}", SaveDraftRuleSetEndpoint.ReplaceAsync).WithName("ReplaceDraftScoringRuleSet")
            .WithSummary("Replace a draft rule set; a published version is immutable (409)")
            .RequireAuthorization(Policies.CreditWrite).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/rule-sets/{version:int}/publish", PublishRuleSetEndpoint.HandleAsync).WithName("PublishScoringRuleSet")
            .WithSummary("Publish a draft: immutable from then on, in force from its effective date, which may not be in the past (409)")
            .RequireAuthorization(Policies.CreditWrite).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPatch("/rule-sets/{version:int}", EditDraftRuleSetEndpoint.HandleAsync).WithName("EditDraftScoringRuleSet")
            .WithSummary("Change a draft's figures and texts (name, effective date, basis, verified, base score, grade thresholds, each rule's points, months, cap and grade cap, each risk condition's counts) by code; what is left out stays; 400 names every problem by rule and field, and the draft stays as it was")
            .RequireAuthorization(Policies.CreditWrite).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/rule-sets/{version:int}/rules", AddDraftRuleEndpoint.HandleAsync).WithName("AddDraftScoringRule")
            .WithSummary("Add a rule to a draft (code, kind, severity or none for any, points, months, cap, grade cap, description); a rule limited to one severity goes before its kind's other rules; 400 names every problem by field")
            .RequireAuthorization(Policies.CreditWrite).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapDelete("/rule-sets/{version:int}/rules/{code}", RemoveDraftRuleEndpoint.HandleAsync).WithName("RemoveDraftScoringRule")
            .WithSummary("Take a rule out of a draft by its code (404 if the draft has none; 400 if no rule would be left)")
            .RequireAuthorization(Policies.CreditWrite).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/rule-sets/{version:int}/copy", CopyRuleSetEndpoint.CopyAsync).WithName("CopyScoringRuleSet")
            .WithSummary("Start a draft from a version: the same rules as the next version, effective from tomorrow")
            .RequireAuthorization(Policies.CreditWrite).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/rule-sets/{version:int}/discard", DiscardDraftRuleSetEndpoint.HandleAsync).WithName("DiscardDraftScoringRuleSet")
            .WithSummary("Discard a draft: kept and listed as discarded, never edited or published again (409 for a published version)")
            .RequireAuthorization(Policies.CreditWrite).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/inspection-ratios/{region}", SetInspectionRatiosEndpoint.GetAsync).WithName("GetInspectionRatios")
            .WithSummary("The inspection ratios by risk class (分类抽查比例, per cent) in force for a region, and the region that set them; null when none is set")
            .RequireAuthorization(Policies.CreditWrite).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPut("/inspection-ratios/{region}", SetInspectionRatiosEndpoint.SetAsync).WithName("SetInspectionRatios")
            .WithSummary("Set a region's inspection ratios by risk class (a, b, c, d in per cent, not lower for a riskier class); they weigh the spot-check allocation and the 双随机 draw of the region and the regions below it")
            .RequireAuthorization(Policies.CreditWrite).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapPost("/records", RecordCreditEntryEndpoint.HandleAsync).WithName("RecordCreditEntry")
            .WithSummary("Add a record to a firm's credit file (penalty, complaint upheld, recall, accident, certification, award, brand, commitment) and score the firm again")
            .RequireAuthorization(Policies.CreditWrite).ProducesValidationProblem();
        api.MapPost("/records/{id:guid}/void", VoidCreditRecordEndpoint.HandleAsync).WithName("VoidCreditRecord")
            .WithSummary("Void a wrong record (kept with the reason) and score the firm again")
            .RequireAuthorization(Policies.CreditWrite).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        MapLists(api);
        MapObjectionsAndRepairs(api);
        MapReportsAndGradePublication(api);
    }

    private static void MapObjectionsAndRepairs(RouteGroupBuilder api)
    {
        api.MapGet("/objections", ListObjectionsEndpoint.ListAsync).WithName("ListCreditObjections")
            .WithSummary("Objections (异议) in the caller's scope, a firm's account its own: filter by status (open, upheld, rejected, decided), target (listing, record), region, code prefix, listing, overdue; paged, with the review deadline and the count of each status")
            .ProducesValidationProblem();
        api.MapGet("/objections/{id:guid}", ListObjectionsEndpoint.GetAsync).WithName("GetCreditObjection")
            .WithSummary("One objection with its grounds, review deadline and every step (who, when)")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/objections", RaiseObjectionEndpoint.HandleAsync).WithName("RaiseCreditObjection")
            .WithSummary("Raise an objection (异议) against a listing (from its notice on: within the statement period, or the days after the decision) or a record of the firm's file, with the grounds; by the firm's own account or a regulator on its behalf; 409 naming the deadline when late")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/objections/{id:guid}/decision", DecideObjectionEndpoint.HandleAsync).WithName("DecideCreditObjection")
            .WithSummary("Decide an objection: upheld (the listing revoked or the record voided, the firm scored again) or rejected, with the reasons")
            .RequireAuthorization(Policies.CreditWrite).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/repairs", ListRepairsEndpoint.ListAsync).WithName("ListCreditRepairs")
            .WithSummary("Credit repair applications (信用修复申请) in the caller's scope, a firm's account its own: filter by status (pending, approved, rejected, decided), target, region, code prefix, listing, overdue; paged, with the decision deadline and the count of each status")
            .ProducesValidationProblem();
        api.MapGet("/repairs/{id:guid}", ListRepairsEndpoint.GetAsync).WithName("GetCreditRepair")
            .WithSummary("One repair application with its statements, commitment, decision deadline and every step; while pending, each legal condition checked today (met, unmet with the rule and the words of the 409)")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/repairs", ApplyForRepairEndpoint.HandleAsync).WithName("ApplyForCreditRepair")
            .WithSummary("Apply for credit repair (信用修复) of a black listing (early removal) or an administrative penalty (its publication stopped), with the statements and the credit commitment (信用承诺); 409 naming the unmet condition and, for the time, the first day allowed")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/repairs/{id:guid}/decision", DecideRepairEndpoint.HandleAsync).WithName("DecideCreditRepair")
            .WithSummary("Decide a repair application: approved (conditions checked again; the listing removed early, or the record marked repaired: kept, no longer published or scored) or rejected, with the reasons")
            .RequireAuthorization(Policies.CreditWrite).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static void MapReportsAndGradePublication(RouteGroupBuilder api)
    {
        api.MapGet("/enterprises/{code}/report", IssueCreditReportEndpoint.HandleAsync).WithName("IssueCreditReport")
            .WithSummary("Issue a firm's credit report (信用报告): the file without the internal risk class, numbered and signed by the platform (ECDSA P-256 over the canonical JSON); every issue is indexed and audited")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/grade-publication/{region}", SetGradePublicationEndpoint.GetAsync).WithName("GetGradePublication")
            .WithSummary("Whether a region publishes firms' credit grades in the public lookup (公示), and the region whose setting applies; default not published")
            .RequireAuthorization(Policies.CreditWrite).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPut("/grade-publication/{region}", SetGradePublicationEndpoint.SetAsync).WithName("SetGradePublication")
            .WithSummary("Set whether a region (and the regions below it without their own setting) publishes grades in the public lookup")
            .RequireAuthorization(Policies.CreditWrite).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
    }

    /// <summary>The anonymous endpoints: report verification and the public lookup, rate-limited by client address.</summary>
    private static void MapPublic(WebApplication app)
    {
        var reports = app.MapGroup(CreditRoutes.Api + "/reports").WithTags("Credit").AllowAnonymous().RequireRateLimiting(CreditRoutes.PublicRateLimit);
        reports.MapPost("/verify", VerifyCreditReportEndpoint.HandleAsync).WithName("VerifyCreditReport")
            .WithSummary("Check a credit report, anonymous: the whole document (report + signature) or its number and verification code; valid or the reason (tampered, unknown-key, bad-signature, not-issued, code-mismatch)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status429TooManyRequests);
        reports.MapGet("/public-key", VerifyCreditReportEndpoint.PublicKey).WithName("GetCreditReportPublicKey")
            .WithSummary("The platform's report-signing public key in use (PEM and JWK) with its key id; ?keyId= gives that key, also one retired by a rotation (retired: true); 404 for a key the platform never had")
            .ProducesProblem(StatusCodes.Status404NotFound);
        var lookup = app.MapGroup(CreditRoutes.ApiPublic).WithTags("Credit public lookup").AllowAnonymous().RequireRateLimiting(CreditRoutes.PublicRateLimit);
        lookup.MapGet("/", SearchPublicCreditEndpoint.HandleAsync).WithName("SearchPublicCredit")
            .WithSummary("Public search (信用公示) by firm name (at least 2 Chinese characters) or credit code (at least its first 6 characters); at most 20 firms")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status429TooManyRequests);
        lookup.MapGet("/{code}", GetPublicCreditEndpoint.HandleAsync).WithName("GetPublicCredit")
            .WithSummary("A firm's public credit information: name, code, region, red/black listings in force, published spot-check results, and the grade where its region publishes grades")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status429TooManyRequests);
    }

    private static void MapSharing(WebApplication app)
    {
        var grants = app.MapGroup(CreditRoutes.ApiSharingGrants).WithTags("Credit sharing").RequireAuthorization(Policies.CreditShareAdminister);
        grants.MapGet("/", ListSharingGrantsEndpoint.ListAsync).WithName("ListSharingGrants")
            .WithSummary("Other departments' grants (信息共享授权) whose region lies in the caller's: filter by department and status today (active, expired, revoked); paged")
            .ProducesValidationProblem();
        grants.MapPost("/", IssueSharingGrantEndpoint.HandleAsync).WithName("IssueSharingGrant")
            .WithSummary("Issue a department a grant: a region no wider than the issuer's, data scopes (credit:grade, credit:records, credit:lists, credit:joint-check; never the risk class), an expiry day; the bearer token is in this answer only")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        grants.MapGet("/{id:guid}", ListSharingGrantsEndpoint.GetAsync).WithName("GetSharingGrant")
            .WithSummary("One grant whose region lies in the caller's (another region's is 404); never its token")
            .ProducesProblem(StatusCodes.Status404NotFound);
        grants.MapGet("/{id:guid}/reads", ListGrantReadsEndpoint.HandleAsync).WithName("ListSharingGrantReads")
            .WithSummary("The audited reads made with a grant (lookup, bulk, change feed, joint check, watch): who, when, which firm, the data given or the refusal; filter by outcome (read, refused); paged, newest first, with the count per day of the last 30 days")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        grants.MapPost("/{id:guid}/revocation", ListSharingGrantsEndpoint.RevokeAsync).WithName("RevokeSharingGrant")
            .WithSummary("Revoke a grant with the reason: its token stops working at once (401)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        // Departments' systems send Authorization: Bearer zxdep_…; their officials may use their cookie within the department's grants.
        var sharing = app.MapGroup(CreditRoutes.ApiSharing).WithTags("Credit sharing").RequireAuthorization(Policies.CreditShare).DisableAntiforgery();
        sharing.MapGet("/enterprises/{code}", LookupSharedFileEndpoint.HandleAsync).WithName("LookupSharedCreditFile")
            .WithSummary("One firm by credit code with what the grants open for its region (grade and breakdown, records, listings); 403 and audited outside them")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        sharing.MapPost("/enterprises/query", QuerySharedFilesEndpoint.HandleAsync).WithName("QuerySharedCreditFiles")
            .WithSummary("Up to 1000 credit codes at once: each firm in scope with what the grants open, each other code with its reason (unknown, out-of-scope, invalid), every refusal audited")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        sharing.MapGet("/enterprises/{code}/joint-check", CheckJointMeasureEndpoint.HandleAsync).WithName("CheckJointMeasure")
            .WithSummary("Joint reward and punishment (联合奖惩): may this firm receive the measure (a code of the versioned measures: fiscal-subsidy, green-channel, government-procurement, honours in version 1)? Yes or no with every reason")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        sharing.MapGet("/changes", ReadChangeFeedEndpoint.HandleAsync).WithName("ReadCreditChangeFeed")
            .WithSummary("What changed since a cursor (grades, records, listings) in the granted regions and data, oldest first; ask again with since=nextCursor")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        sharing.MapGet("/watchlist", WatchlistEndpoints.ListAsync).WithName("ListWatchedFirms")
            .WithSummary("The firms the department watches (关注)");
        sharing.MapPost("/watchlist", WatchlistEndpoints.WatchAsync).WithName("WatchFirm")
            .WithSummary("Watch a firm by credit code, within the grants (403 and audited outside them)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        sharing.MapDelete("/watchlist/{code}", WatchlistEndpoints.UnwatchAsync).WithName("UnwatchFirm")
            .WithSummary("Stop watching a firm").ProducesProblem(StatusCodes.Status404NotFound);
        sharing.MapGet("/notifications", WatchlistEndpoints.NotificationsAsync).WithName("ListWatchNotifications")
            .WithSummary("Changes to watched firms (grade changed, listing changed, new or voided record): unread=true, or since a number; with the unread count")
            .ProducesValidationProblem();
        sharing.MapPost("/notifications/read", WatchlistEndpoints.MarkReadAsync).WithName("MarkWatchNotificationsRead")
            .WithSummary("Mark notifications read, by number or up to a number").ProducesValidationProblem();
    }

    private static void MapLists(RouteGroupBuilder api)
    {
        api.MapGet("/lists", ListListingsEndpoint.ListAsync).WithName("ListCreditListings")
            .WithSummary("Red and black listings (守信激励名单 / 严重违法失信名单) in the caller's scope: filter by kind, status today (expiry read from the dates), region, code prefix; paged")
            .ProducesValidationProblem();
        api.MapGet("/lists/{id:guid}", ListListingsEndpoint.GetAsync).WithName("GetCreditListing")
            .WithSummary("One listing with its grounds, notice, decision, publication period and every step (who, when), kept after it ends")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/lists", ProposeListingEndpoint.HandleAsync).WithName("ProposeCreditListing")
            .WithSummary("Propose a firm for the red or black list with the grounds, the credit records they rest on and the legal basis; a black listing needs a serious penalty among them")
            .RequireAuthorization(Policies.CreditWrite).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/lists/{id:guid}/notice", ServeListingNoticeEndpoint.HandleAsync).WithName("ServeCreditListingNotice")
            .WithSummary("Record the pre-listing notice (列入前告知) served on the firm: date, reasons, the firm's rights; opens the statement period")
            .RequireAuthorization(Policies.CreditWrite).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/lists/{id:guid}/decision", DecideListingEndpoint.HandleAsync).WithName("DecideCreditListing")
            .WithSummary("Decide the listing (列入决定): on the list for the list's period from the decision date, the firm scored again; 409 without a served notice or inside the statement period")
            .RequireAuthorization(Policies.CreditWrite).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/lists/{id:guid}/early-removal", RemoveListingEarlyEndpoint.HandleAsync).WithName("RemoveCreditListingEarly")
            .WithSummary("Remove a black listing early (提前移出) when every condition of SAMR Order 44 is met; 409 naming the first unmet one")
            .RequireAuthorization(Policies.CreditWrite).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/lists/{id:guid}/revocation", RevokeListingEndpoint.HandleAsync).WithName("RevokeCreditListing")
            .WithSummary("Revoke a listing that should not stand (撤销), at any step before it ended; kept with the reason, the firm scored again")
            .RequireAuthorization(Policies.CreditWrite).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    public void AddCommands(ZhixinCommandLine commandLine) => CreditCommands.Add(commandLine);
}
