using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Zhixin.Credit.Cli;
using Zhixin.Credit.Data;
using Zhixin.Credit.Features.GetCreditFile;
using Zhixin.Credit.Features.ListAssessments;
using Zhixin.Credit.Features.ReceiveBatchFailed;
using Zhixin.Credit.Features.RecordCreditEntry;
using Zhixin.Credit.Features.Rescore;
using Zhixin.Credit.Features.RuleSets;
using Zhixin.Credit.Features.VoidCreditRecord;
using Zhixin.Credit.Jobs;
using Zhixin.Inspection.Contracts;
using Zhixin.Platform.Cli;
using Zhixin.Platform.Data;
using Zhixin.Platform.Events;
using Zhixin.Platform.Identity;
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
        services.AddIntegrationEventSubscriber<BatchFailed, BatchFailedSubscriber>();
        var nightlyAt = configuration.GetValue("Zhixin:Credit:NightlyRescoreAt", new TimeOnly(2, 0));
        services.AddHostedService(provider => new NightlyRescoreJob(
            provider, provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<ILogger<NightlyRescoreJob>>(), nightlyAt));
    }

    public void MapEndpoints(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup(CreditRoutes.Api).WithTags("Credit").RequireAuthorization(Policies.CreditRead);
        api.MapGet("/enterprises", ListAssessmentsEndpoint.HandleAsync).WithName("ListCreditAssessments")
            .WithSummary("Firms' current credit grades (A 守信 … D 严重失信) in the caller's scope: filter by grade, risk class (regulators only), region, code prefix; paged")
            .ProducesValidationProblem();
        api.MapGet("/enterprises/{code}", GetCreditFileEndpoint.HandleAsync).WithName("GetCreditFile")
            .WithSummary("A firm's credit file (企业质量信用档案): records with their sources, the current score with its breakdown rule by rule, history, and when each better grade is reached")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/records", RecordCreditEntryEndpoint.HandleAsync).WithName("RecordCreditEntry")
            .WithSummary("Add a record to a firm's credit file (penalty, complaint upheld, recall, accident, certification, award, brand, commitment) and score the firm again")
            .RequireAuthorization(Policies.CreditWrite).ProducesValidationProblem();
        api.MapPost("/records/{id:guid}/void", VoidCreditRecordEndpoint.HandleAsync).WithName("VoidCreditRecord")
            .WithSummary("Void a wrong record (kept with the reason) and score the firm again")
            .RequireAuthorization(Policies.CreditWrite).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    public void AddCommands(ZhixinCommandLine commandLine) => CreditCommands.Add(commandLine);
}
