using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Zhixin.Platform.Cli;
using Zhixin.Platform.Data;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Modules;
using Zhixin.Plans.Data;
using Zhixin.Plans.Cli;
using Zhixin.Plans.Features;
using Zhixin.Plans.Features.AlignPlans;
using Zhixin.Plans.Features.GetAssessment;
using Zhixin.Plans.Features.ManageSchemes;
using Zhixin.Plans.Features.RunAssessment;
using Zhixin.Plans.Features.GetAttachment;
using Zhixin.Plans.Features.GetPlan;
using Zhixin.Plans.Features.GetTask;
using Zhixin.Plans.Features.ImportPlan;
using Zhixin.Plans.Features.ListPlans;
using Zhixin.Plans.Features.ListReminders;
using Zhixin.Plans.Features.ListTasks;
using Zhixin.Plans.Features.RecordTargetActual;
using Zhixin.Plans.Features.RefreshComputedIndicators;
using Zhixin.Plans.Features.SendReminders;
using Zhixin.Plans.Features.SetSchedule;
using Zhixin.Plans.Features.SubmitReport;
using Zhixin.Plans.Jobs;

namespace Zhixin.Plans;

/// <summary>Plans and tasks (行动计划督办): level 1, above the shared kernel only.</summary>
public sealed class PlansModule : IZhixinModule
{
    public const int Level = 1;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<PlansDbContext>(PlansDbContext.SchemaName, Level);
        services.AddScoped<DepartmentNames>();
        services.AddScoped<ImportPlanHandler>();
        services.AddScoped<ListPlansHandler>();
        services.AddScoped<GetPlanHandler>();
        services.AddScoped<ListTasksHandler>();
        services.AddScoped<GetTaskHandler>();
        services.AddScoped<SubmitReportHandler>();
        services.AddScoped<RecordTargetActualHandler>();
        services.AddScoped<RefreshComputedIndicatorsHandler>();
        services.AddScoped<SendRemindersHandler>();
        services.AddScoped<ListRemindersHandler>();
        services.AddScoped<AlignPlansHandler>();
        services.AddScoped<SetScheduleHandler>();
        services.AddScoped<ManageSchemesHandler>();
        services.AddScoped<RunAssessmentHandler>();
        services.AddScoped<GetAssessmentHandler>();
        services.AddScoped<IReferenceDataSeed, AssessmentSchemeSeed>();
        services.AddScoped<IDemoDataSeed, PlansDemoData>();
        var interval = configuration.GetValue("Zhixin:Plans:ReminderInterval", TimeSpan.FromHours(1));
        services.AddHostedService(provider => new ReportReminderJob(
            provider, provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<ILogger<ReportReminderJob>>(), interval));
    }

    public void MapEndpoints(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup(PlansRoutes.Api).WithTags("Plans").RequireAuthorization(Policies.PlansRead);
        api.MapGet("/", ListPlansEndpoint.HandleAsync).WithName("ListPlans")
            .WithSummary("Every imported plan (plans are published documents)");
        api.MapPost("/import", ImportPlanEndpoint.HandleAsync).WithName("ImportPlan")
            .WithSummary("Import a plan document sent as the request body; dryRun=true only previews")
            .RequireAuthorization(Policies.PlansWrite)
            .WithMetadata(new RequestSizeLimitAttribute(ImportPlanHandler.MaxBytes))
            .Accepts<string>("text/plain", "application/octet-stream")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/{id:guid}", GetPlanEndpoint.HandleAsync).WithName("GetPlan")
            .WithSummary("A plan with its sections, targets, departments and reporting periods").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPut("/{id:guid}/schedule", SetScheduleEndpoint.HandleAsync).WithName("SetPlanSchedule")
            .WithSummary("Set when the plan runs and its reporting deadlines (halfYearly, quarterly, yearly or custom month-days)")
            .RequireAuthorization(Policies.PlansWrite)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{id:guid}/tasks", ListTasksEndpoint.HandleAsync).WithName("ListPlanTasks")
            .WithSummary("The task board: filter by section, department, status, overdue, text").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/tasks/{id:guid}", GetTaskEndpoint.HandleAsync).WithName("GetPlanTask")
            .WithSummary("A task with its departments, reporting periods, the reports the caller may see and reminders")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/tasks/{id:guid}/reports", SubmitReportEndpoint.HandleAsync).WithName("SubmitProgressReport")
            .WithSummary("Report progress on a task (multipart form: departmentCode, periodKey, text, percent, files)")
            .RequireAuthorization(Policies.PlansReport).DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(SubmitReportHandler.MaxFiles * SubmitReportHandler.MaxFileBytes + 1_000_000))
            .Accepts<IFormFile>("multipart/form-data")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/attachments/{id:guid}", GetAttachmentEndpoint.HandleAsync).WithName("GetReportAttachment")
            .WithSummary("A progress report's attachment");
        api.MapPut("/targets/{id:guid}/actual", RecordTargetActualEndpoint.HandleAsync).WithName("RecordTargetActual")
            .WithSummary("Record the actual value of a target, with its source").RequireAuthorization(Policies.PlansWrite)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/alignment", AlignPlansEndpoint.HandleAsync).WithName("AlignPlans")
            .WithSummary("Which tasks of a higher plan a lower plan carried, reworded or dropped, and what it added")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/{id:guid}/assessments", RunAssessmentEndpoint.HandleAsync).WithName("RunAssessment")
            .WithSummary("Assess the plan's departments and local governments as of a date under a scoring scheme")
            .RequireAuthorization(Policies.PlansWrite)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{id:guid}/assessments/latest", GetAssessmentEndpoint.LatestAsync).WithName("GetLatestAssessment")
            .WithSummary("The plan's latest assessment: scores, grades and line-by-line breakdowns").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/assessment-schemes", ManageSchemesEndpoint.ListAsync).WithName("ListAssessmentSchemes")
            .WithSummary("Every version of every scoring scheme");
        api.MapPost("/assessment-schemes", ManageSchemesEndpoint.AddAsync).WithName("AddAssessmentSchemeVersion")
            .WithSummary("Add a version of a scoring scheme (JSON as returned by the list); earlier versions stay")
            .RequireAuthorization(Policies.PlansWrite).Accepts<string>("application/json").ProducesValidationProblem();
        api.MapGet("/reminders", ListRemindersEndpoint.HandleAsync).WithName("ListReportReminders")
            .WithSummary("Reminders for overdue progress reports of the caller's department");
    }

    public void AddCommands(ZhixinCommandLine commandLine) => PlansCommands.Add(commandLine);
}
