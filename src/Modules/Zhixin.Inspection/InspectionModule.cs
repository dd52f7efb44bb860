using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zhixin.Inspection.Cli;
using Zhixin.Inspection.Contracts;
using Zhixin.Inspection.Data;
using Zhixin.Inspection.Features;
using Zhixin.Inspection.Features.AdaptEdition;
using Zhixin.Inspection.Features.CreateSpotCheckPlan;
using Zhixin.Inspection.Features.GetBatch;
using Zhixin.Inspection.Features.GetSpotCheckPlan;
using Zhixin.Inspection.Features.ListBatches;
using Zhixin.Inspection.Features.ListCatalogue;
using Zhixin.Inspection.Features.ListPublicResults;
using Zhixin.Inspection.Features.ListSpotCheckPlans;
using Zhixin.Inspection.Features.PublishResults;
using Zhixin.Inspection.Features.RecordFollowUpStep;
using Zhixin.Inspection.Features.RecordResults;
using Zhixin.Inspection.Features.RecordSampling;
using Zhixin.Inspection.Features.SaveCatalogueProduct;
using Zhixin.Inspection.FollowUp;
using Zhixin.Platform.Cli;
using Zhixin.Platform.Data;
using Zhixin.Platform.Events;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Modules;

namespace Zhixin.Inspection;

/// <summary>Spot checks and statistics (监督抽查 / 合格率统计 / 净含量): level 2, above the register.</summary>
public sealed class InspectionModule : IZhixinModule
{
    public const int Level = 2;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<InspectionDbContext>(InspectionDbContext.SchemaName, Level);
        services.AddOutbox<InspectionDbContext>();
        services.AddIntegrationEvent<BatchFailed>(BatchFailed.EventName);
        services.AddScoped<ListCatalogueHandler>();
        services.AddScoped<AdaptEditionHandler>();
        services.AddScoped<SaveCatalogueProductHandler>();
        services.AddScoped<CreateSpotCheckPlanHandler>();
        services.AddScoped<ListSpotCheckPlansHandler>();
        services.AddScoped<GetSpotCheckPlanHandler>();
        services.AddScoped<RecordSamplingHandler>();
        services.AddScoped<RecordResultsHandler>();
        services.AddScoped<ListBatchesHandler>();
        services.AddScoped<GetBatchHandler>();
        services.AddScoped<IDemoDataSeed, InspectionDemoData>();
        services.AddFollowUpDeadlines();
        services.AddSingleton<BatchFollowUp>();
        services.AddScoped<RecordFollowUpStepHandler>();
        services.AddScoped<PublishResultsHandler>();
        services.AddScoped<ListPublicResultsHandler>();
    }

    public void MapEndpoints(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup(InspectionRoutes.Api).WithTags("Inspection").RequireAuthorization(Policies.InspectionRead);

        api.MapGet("/catalogue", ListCatalogueEndpoint.HandleAsync).WithName("ListCatalogue")
            .WithSummary("The key-regulated product catalogue (重点监管产品目录): its editions and one edition's products with risk levels");
        api.MapPost("/catalogue/editions", AdaptEditionEndpoint.HandleAsync).WithName("AdaptCatalogueEdition")
            .WithSummary("A new edition for a region, copied from an existing one (a province adapts the national edition)")
            .RequireAuthorization(Policies.InspectionWrite).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapPut("/catalogue/{edition}/products/{code}", SaveCatalogueProductEndpoint.HandleAsync).WithName("SaveCatalogueProduct")
            .WithSummary("Add or change a product of an edition: category, risk level, producing trades (GB/T 4754), usual test items")
            .RequireAuthorization(Policies.InspectionWrite).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/plans", ListSpotCheckPlansEndpoint.HandleAsync).WithName("ListSpotCheckPlans")
            .WithSummary("Spot-check plans (监督抽查计划), filter by year and organising region");
        api.MapPost("/plans", CreateSpotCheckPlanEndpoint.HandleAsync).WithName("CreateSpotCheckPlan")
            .WithSummary("A yearly or special spot-check plan: catalogue edition, period, budget in batches")
            .RequireAuthorization(Policies.InspectionWrite).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("/plans/{id:guid}", GetSpotCheckPlanEndpoint.HandleAsync).WithName("GetSpotCheckPlan")
            .WithSummary("A plan with its allocation (product × region), draws and progress").ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/batches", ListBatchesEndpoint.HandleAsync).WithName("ListBatches")
            .WithSummary("Sampled batches in the caller's scope: filter by plan, product, region, verdict, year, text; paged");
        api.MapPost("/batches", RecordSamplingEndpoint.HandleAsync).WithName("RecordSampling")
            .WithSummary("Record a sampled batch (抽样单): firm, product, lot, quantities, seals, samplers, place, channel")
            .RequireAuthorization(Policies.InspectionWrite).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("/batches/{id:guid}", GetBatchEndpoint.HandleAsync).WithName("GetBatch")
            .WithSummary("A batch with its sampling record, test items and follow-up").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/batches/{id:guid}/results", RecordResultsEndpoint.HandleAsync).WithName("RecordTestResults")
            .WithSummary("Record the lab's results item by item; any failing item fails the batch and raises BatchFailed")
            .RequireAuthorization(Policies.InspectionWrite).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/batches/{id:guid}/follow-up", RecordFollowUpStepEndpoint.HandleAsync).WithName("RecordFollowUpStep")
            .WithSummary("Record a follow-up step (后处理: notice served, objection, correction, re-inspection …); a step outside its legal window needs overrideReason and is audited")
            .RequireAuthorization(Policies.InspectionWrite).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/batches/{id:guid}/publish", PublishResultsEndpoint.PublishBatchAsync).WithName("PublishBatchResults")
            .WithSummary("Publish a batch's result (公示) once the firm can no longer dispute it; 409 names the rule and the date it becomes eligible")
            .RequireAuthorization(Policies.InspectionWrite).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/plans/{id:guid}/publish", PublishResultsEndpoint.PublishPlanAsync).WithName("PublishPlanResults")
            .WithSummary("Publish every eligible batch of a plan in the caller's scope; reports the batches published and those skipped with the reason")
            .RequireAuthorization(Policies.InspectionWrite).ProducesProblem(StatusCodes.Status404NotFound);

        // The public list (公示) is for everyone: outside the module's group, so no policy applies.
        app.MapGet(InspectionRoutes.ApiPublic, ListPublicResultsEndpoint.HandleAsync).WithTags("Inspection").WithName("ListPublicResults")
            .WithSummary("Published spot-check results across all regions (抽查结果公示), anonymous: filter by product, region prefix, verdict, year, firm; paged")
            .AllowAnonymous();
    }

    public void AddCommands(ZhixinCommandLine commandLine)
    {
        NetContentCommand.Add(commandLine);
    }
}
