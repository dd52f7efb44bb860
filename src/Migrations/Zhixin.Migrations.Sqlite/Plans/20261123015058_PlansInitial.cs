using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhixin.Migrations.Sqlite.Plans
{
    /// <inheritdoc />
    public partial class PlansInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "plan_assessment_schemes",
                columns: table => new
                {
                    code = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    effective_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    json = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_assessment_schemes", x => new { x.code, x.version });
                });

            migrationBuilder.CreateTable(
                name: "plans",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    document_number = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    issuer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    issued_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    region_code = table.Column<string>(type: "TEXT", unicode: false, maxLength: 6, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    schedule_json = table.Column<string>(type: "TEXT", nullable: false),
                    content_sha256 = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    source_file_name = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    source_encoding = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    source_text = table.Column<string>(type: "TEXT", nullable: false),
                    warnings_json = table.Column<string>(type: "TEXT", nullable: false),
                    imported_at = table.Column<long>(type: "INTEGER", nullable: false),
                    imported_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plans", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "plan_assessment_runs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    plan_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    scheme_code = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    scheme_version = table.Column<int>(type: "INTEGER", nullable: false),
                    as_of = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    run_at = table.Column<long>(type: "INTEGER", nullable: false),
                    run_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    region_code = table.Column<string>(type: "TEXT", unicode: false, maxLength: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_assessment_runs", x => x.id);
                    table.ForeignKey(
                        name: "fk_plan_assessment_runs_plans_plan_id",
                        column: x => x.plan_id,
                        principalTable: "plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_sections",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    plan_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_sections", x => x.id);
                    table.ForeignKey(
                        name: "fk_plan_sections_plans_plan_id",
                        column: x => x.plan_id,
                        principalTable: "plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_targets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    plan_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    indicator = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    indicator_key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    comparator = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    upper_value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    unit = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    year = table.Column<int>(type: "INTEGER", nullable: true),
                    computed_by = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    actual = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    actual_recorded_at = table.Column<long>(type: "INTEGER", nullable: true),
                    actual_recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    actual_source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_targets", x => x.id);
                    table.ForeignKey(
                        name: "fk_plan_targets_plans_plan_id",
                        column: x => x.plan_id,
                        principalTable: "plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_tasks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    plan_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    section_number = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    text = table.Column<string>(type: "TEXT", nullable: false),
                    translation = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_tasks", x => x.id);
                    table.ForeignKey(
                        name: "fk_plan_tasks_plans_plan_id",
                        column: x => x.plan_id,
                        principalTable: "plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_assessment_results",
                columns: table => new
                {
                    run_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    department_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    department_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    score = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: true),
                    grade = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    breakdown_json = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_assessment_results", x => new { x.run_id, x.department_code });
                    table.ForeignKey(
                        name: "fk_plan_assessment_results_plan_assessment_runs_run_id",
                        column: x => x.run_id,
                        principalTable: "plan_assessment_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_progress_reports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    plan_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    task_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    department_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    period_key = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: false),
                    due_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    text = table.Column<string>(type: "TEXT", nullable: false),
                    percent = table.Column<int>(type: "INTEGER", nullable: false),
                    submitted_at = table.Column<long>(type: "INTEGER", nullable: false),
                    submitted_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    region_code = table.Column<string>(type: "TEXT", unicode: false, maxLength: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_progress_reports", x => x.id);
                    table.ForeignKey(
                        name: "fk_plan_progress_reports_plan_tasks_task_id",
                        column: x => x.task_id,
                        principalTable: "plan_tasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_report_reminders",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    plan_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    task_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    department_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    period_key = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: false),
                    due_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    sent_at = table.Column<long>(type: "INTEGER", nullable: false),
                    read_at = table.Column<long>(type: "INTEGER", nullable: true),
                    region_code = table.Column<string>(type: "TEXT", unicode: false, maxLength: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_report_reminders", x => x.id);
                    table.ForeignKey(
                        name: "fk_plan_report_reminders_plan_tasks_task_id",
                        column: x => x.task_id,
                        principalTable: "plan_tasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_task_assignments",
                columns: table => new
                {
                    task_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    role = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    department_code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    name_as_written = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    department_is_new = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_task_assignments", x => new { x.task_id, x.ordinal });
                    table.ForeignKey(
                        name: "fk_plan_task_assignments_plan_tasks_task_id",
                        column: x => x.task_id,
                        principalTable: "plan_tasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_report_attachments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    report_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    content_type = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    length = table.Column<long>(type: "INTEGER", nullable: false),
                    sha256 = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    content = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_report_attachments", x => x.id);
                    table.ForeignKey(
                        name: "fk_plan_report_attachments_plan_progress_reports_report_id",
                        column: x => x.report_id,
                        principalTable: "plan_progress_reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_plan_assessment_runs_plan_id_run_at",
                table: "plan_assessment_runs",
                columns: new[] { "plan_id", "run_at" });

            migrationBuilder.CreateIndex(
                name: "ix_plan_progress_reports_plan_id",
                table: "plan_progress_reports",
                column: "plan_id");

            migrationBuilder.CreateIndex(
                name: "ix_plan_progress_reports_task_id_department_code_period_key",
                table: "plan_progress_reports",
                columns: new[] { "task_id", "department_code", "period_key" });

            migrationBuilder.CreateIndex(
                name: "ix_plan_report_attachments_report_id",
                table: "plan_report_attachments",
                column: "report_id");

            migrationBuilder.CreateIndex(
                name: "ix_plan_report_reminders_department_code",
                table: "plan_report_reminders",
                column: "department_code");

            migrationBuilder.CreateIndex(
                name: "ix_plan_report_reminders_task_id_department_code_period_key",
                table: "plan_report_reminders",
                columns: new[] { "task_id", "department_code", "period_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_plan_sections_plan_id_ordinal",
                table: "plan_sections",
                columns: new[] { "plan_id", "ordinal" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_plan_targets_computed_by",
                table: "plan_targets",
                column: "computed_by");

            migrationBuilder.CreateIndex(
                name: "ix_plan_targets_plan_id_ordinal",
                table: "plan_targets",
                columns: new[] { "plan_id", "ordinal" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_plan_task_assignments_department_code",
                table: "plan_task_assignments",
                column: "department_code");

            migrationBuilder.CreateIndex(
                name: "ix_plan_tasks_plan_id_ordinal",
                table: "plan_tasks",
                columns: new[] { "plan_id", "ordinal" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_plans_content_sha256",
                table: "plans",
                column: "content_sha256",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_plans_document_number",
                table: "plans",
                column: "document_number");

            migrationBuilder.CreateIndex(
                name: "ix_plans_region_code",
                table: "plans",
                column: "region_code");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "plan_assessment_results");

            migrationBuilder.DropTable(
                name: "plan_assessment_schemes");

            migrationBuilder.DropTable(
                name: "plan_report_attachments");

            migrationBuilder.DropTable(
                name: "plan_report_reminders");

            migrationBuilder.DropTable(
                name: "plan_sections");

            migrationBuilder.DropTable(
                name: "plan_targets");

            migrationBuilder.DropTable(
                name: "plan_task_assignments");

            migrationBuilder.DropTable(
                name: "plan_assessment_runs");

            migrationBuilder.DropTable(
                name: "plan_progress_reports");

            migrationBuilder.DropTable(
                name: "plan_tasks");

            migrationBuilder.DropTable(
                name: "plans");
        }
    }
}
