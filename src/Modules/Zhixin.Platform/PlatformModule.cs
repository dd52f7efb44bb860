using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using Zhixin.Platform.Audit;
using Zhixin.Platform.Audit.ListAuditEntries;
using Zhixin.Platform.Audit.VerifyAuditChain;
using Zhixin.Platform.Calendar;
using Zhixin.Platform.Cli;
using Zhixin.Platform.Data;
using Zhixin.Platform.Departments;
using Zhixin.Platform.Departments.ListDepartments;
using Zhixin.Platform.Events;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Identity.ApiClients;
using Zhixin.Platform.Identity.CreateAccount;
using Zhixin.Platform.Identity.SignIn;
using Zhixin.Platform.Modules;
using Zhixin.Platform.Regions.ListRegions;
using Zhixin.Platform.Scoping;
using Zhixin.Platform.Web;

namespace Zhixin.Platform;

/// <summary>The shared kernel: database selection, callers and scoping, identity, audit, errors, localisation, health.</summary>
public sealed class PlatformModule : IZhixinModule
{
    public const string SchemaName = PlatformDbContext.SchemaName;

    public static readonly CultureInfo[] Cultures = [new("zh-CN"), new("en")];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        // The PRC working-day calendar, immutable: every module counting working days shares the one instance.
        services.AddSingleton(_ => HolidayCalendarJson.LoadEmbedded());
        services.AddDatabaseTarget(configuration);
        services.AddScoped<ICallerContext, CallerContext>();

        services.Configure<AuditOptions>(configuration.GetSection(AuditOptions.Section));
        services.AddSingleton(provider => new AuditKey(
            provider.GetRequiredService<IOptions<AuditOptions>>().Value.ResolveKeyFile(provider.GetRequiredService<DatabaseTarget>())));
        services.AddSingleton(provider => new AuditAnchor(provider.GetRequiredService<AuditKey>().AnchorPath));
        services.AddScoped<AuditLog>();
        services.AddScoped<IAuditLog>(provider => provider.GetRequiredService<AuditLog>());
        services.AddScoped<AuditInterceptor>();
        services.AddScoped<AuditCommitInterceptor>();
        services.AddScoped<VerifyAuditChainHandler>();
        services.AddScoped<ListAuditEntriesHandler>();
        services.AddScoped<IAuditTrail, AuditTrail>();

        services.AddModuleDbContext<PlatformDbContext>(SchemaName, level: 0);
        services.AddScoped<DatabaseMigrator>();
        services.AddSingleton<DatabaseStartup>();
        services.AddHostedService(provider => provider.GetRequiredService<DatabaseStartup>());
        services.AddScoped<IReferenceDataSeed, DepartmentSeed>();
        services.AddScoped<IDepartmentDirectory, DepartmentDirectory>();
        services.TryAddSingleton<OutboxDispatcher>();
        services.AddHostedService<OutboxDispatchJob>();
        services.AddScoped<EnterpriseEventLog>();
        services.AddScoped<IEnterpriseEventLog>(provider => provider.GetRequiredService<EnterpriseEventLog>());
        services.AddScoped<IIntegrationEventSubscriber<IEnterpriseEvent>>(provider => provider.GetRequiredService<EnterpriseEventLog>());

        AddIdentity(services, configuration);
        services.AddScoped<SignInHandler>();
        services.AddScoped<CreateAccountHandler>();
        services.AddScoped<IReferenceDataSeed, RoleSeed>();
        services.AddScoped<IDemoDataSeed, DemoAccountSeed>();

        services.AddLocalization();
        // Enums travel as their names ("Active"), which stay meaningful when members are added.
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        // Every page needs a signed-in user unless its model says [AllowAnonymous]: a page that forgets fails closed.
        services.Configure<RazorPagesOptions>(options => options.Conventions.AuthorizeFolder("/"));
        // Pages are Chinese: write CJK text as characters, not as &#x...; entities (markup characters are still encoded).
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddProblemDetails();
        // Modules add their own limiter policies (the credit module's public lookup); endpoints without one are not limited.
        services.AddRateLimiter(_ => { });
        services.AddExceptionHandler<UnhandledExceptionHandler>();
        services.AddHealthChecks().AddDbContextCheck<PlatformDbContext>("database");
    }

    private static void AddIdentity(IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentity<ZhixinUser, ZhixinRole>(options =>
            {
                // MLPS level 3 asks for lockout after repeated failures and complex passwords (see docs/decisions).
                options.Lockout.MaxFailedAccessAttempts = configuration.GetValue("Zhixin:Identity:MaxFailedAccessAttempts", 5);
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(configuration.GetValue("Zhixin:Identity:LockoutMinutes", 15));
                options.Lockout.AllowedForNewUsers = true;
                options.Password.RequiredLength = 8;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = true;
                options.User.RequireUniqueEmail = false;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<PlatformDbContext>()
            .AddUserManager<ZhixinUserManager>()
            .AddClaimsPrincipalFactory<ZhixinClaimsFactory>()
            .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "zhixin.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.LoginPath = PlatformRoutes.Login;
            cookie.LogoutPath = PlatformRoutes.Logout;
            cookie.AccessDeniedPath = PlatformRoutes.AccessDenied;
            cookie.ExpireTimeSpan = TimeSpan.FromMinutes(configuration.GetValue("Zhixin:Identity:IdleTimeoutMinutes", 30));
            cookie.SlidingExpiration = true;
            cookie.Events = new CookieAuthenticationEvents
            {
                // An API client gets a status code, not a login page.
                OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized),
                OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden),
            };
        });

        // Other departments' systems: a bearer token per grant, accepted only where a policy names the scheme.
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiClientAuthenticationHandler>(ApiClientDefaults.Scheme, null);

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.RegisterRead, p => p.RequireRole(Roles.Regulator, Roles.DepartmentUser, Roles.EnterpriseUser))
            .AddPolicy(Policies.RegisterWrite, p => p.RequireRole(Roles.Regulator))
            .AddPolicy(Policies.PlansRead, p => p.RequireRole(Roles.Regulator, Roles.DepartmentUser))
            .AddPolicy(Policies.PlansWrite, p => p.RequireRole(Roles.Regulator))
            .AddPolicy(Policies.PlansReport, p => p.RequireRole(Roles.Regulator, Roles.DepartmentUser))
            .AddPolicy(Policies.InspectionRead, p => p.RequireRole(Roles.Regulator, Roles.DepartmentUser, Roles.EnterpriseUser))
            .AddPolicy(Policies.InspectionWrite, p => p.RequireRole(Roles.Regulator))
            // Other departments read credit through the sharing API with its own grants, not through these pages.
            .AddPolicy(Policies.CreditRead, p => p.RequireRole(Roles.Regulator, Roles.EnterpriseUser))
            .AddPolicy(Policies.CreditWrite, p => p.RequireRole(Roles.Regulator))
            .AddPolicy(Policies.CreditShare, p => p
                .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme, ApiClientDefaults.Scheme)
                .RequireAssertion(c => c.User.HasClaim(claim => claim.Type == ZhixinClaims.ApiClientGrant) || c.User.IsInRole(Roles.DepartmentUser)))
            .AddPolicy(Policies.CreditShareOfficial, p => p.RequireRole(Roles.DepartmentUser))
            .AddPolicy(Policies.CreditShareAdminister, p => p.RequireRole(Roles.Regulator, Roles.SecurityAdministrator))
            .AddPolicy(Policies.AuditRead, p => p.RequireRole(Roles.AuditAdministrator))
            .AddPolicy(Policies.AccountAdministration, p => p.RequireRole(Roles.SecurityAdministrator));
    }

    private static Task RedirectOrStatus(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.IsApi())
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    public void MapEndpoints(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup(PlatformRoutes.ApiPrefix).WithTags("Account");
        api.MapPost("/account/sign-in", SignInEndpoints.SignInAsync).AllowAnonymous().DisableAntiforgery();
        api.MapPost("/account/sign-out", SignInEndpoints.SignOutAsync).RequireAuthorization();
        api.MapGet("/account/me", SignInEndpoints.MeAsync).RequireAuthorization();

        var reference = app.MapGroup(PlatformRoutes.ApiPrefix + "/platform").WithTags("Reference data").AllowAnonymous();
        reference.MapGet("/regions", ListRegionsEndpoint.Handle).WithName("ListRegions").ProducesValidationProblem();
        reference.MapGet("/departments", ListDepartmentsEndpoint.HandleAsync).WithName("ListDepartments");

        var audit = app.MapGroup(PlatformRoutes.ApiPrefix + "/platform/audit").WithTags("Audit").RequireAuthorization(Policies.AuditRead);
        audit.MapGet("/", ListAuditEntriesEndpoint.HandleAsync).WithName("ListAuditEntries");
        audit.MapPost("/verify", ListAuditEntriesEndpoint.VerifyAsync).WithName("VerifyAuditChain");

        app.MapHealthChecks(PlatformRoutes.Health, new HealthCheckOptions { ResponseWriter = HealthResponse.WriteAsync }).AllowAnonymous();
    }

    /// <summary>The middleware order every module relies on: errors, localisation, authentication, the caller, authorisation.</summary>
    public static void UsePlatform(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRequestLocalization(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            options.SupportedCultures = Cultures;
            options.SupportedUICultures = Cultures;
            // Pages are Chinese unless the user switches; API clients may ask for English with Accept-Language.
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
                new ApiAcceptLanguageProvider(),
            ];
        });
        app.UseAuthentication();
        app.UseMiddleware<CallerMiddleware>();
        app.UseAuthorization();
        app.UseRateLimiter();
        // Again: a policy naming the API client scheme replaces the user during authorisation, and the caller must follow.
        app.UseMiddleware<CallerMiddleware>();
        app.UseAntiforgery();
    }

    public void AddCommands(ZhixinCommandLine commandLine)
    {
        ArgumentNullException.ThrowIfNull(commandLine);
        var migrate = new Command("migrate", "Create or upgrade the database schema of every module, then update shipped reference data");
        migrate.SetAction((parse, cancellationToken) => commandLine.RunAsync(parse, async (services, ct) =>
        {
            var applied = await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
            var target = services.GetRequiredService<DatabaseTarget>();
            await parse.InvocationConfiguration.Output.WriteLineAsync(applied.Count == 0
                ? $"{target.Describe()}: schema up to date"
                : $"{target.Describe()}: applied {string.Join(", ", applied)}");
            return ZhixinCommandLine.Success;
        }, cancellationToken));
        commandLine.Root.Subcommands.Add(migrate);

        var audit = commandLine.Verb("audit", "Audit log");
        var verify = new Command("verify", "Recompute the HMAC-SM3 chain of the audit log and report altered, inserted or removed entries");
        verify.SetAction((parse, cancellationToken) => commandLine.RunAsync(parse, async (services, ct) =>
        {
            var result = await services.GetRequiredService<VerifyAuditChainHandler>().HandleAsync(null, ct);
            var output = parse.InvocationConfiguration.Output;
            foreach (var problem in result.Problems)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"entry {problem.Sequence}: {problem.Kind}: {problem.Description}");
            }

            await output.WriteLineAsync(result.Intact
                ? $"audit chain intact: {result.EntriesChecked} entries, last {result.LastSequence?.ToString(CultureInfo.InvariantCulture) ?? "none"}, anchor {result.AnchorSequence?.ToString(CultureInfo.InvariantCulture) ?? "none"}"
                : $"audit chain BROKEN: {result.Problems.Count} problem(s) in {result.EntriesChecked} entries");
            return result.Intact ? ZhixinCommandLine.Success : ZhixinCommandLine.Failed;
        }, cancellationToken));
        audit.Subcommands.Add(verify);
        AccountCommands.Add(commandLine);
    }
}
