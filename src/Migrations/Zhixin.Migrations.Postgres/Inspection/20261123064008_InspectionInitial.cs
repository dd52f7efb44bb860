using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhixin.Migrations.Postgres.Inspection
{
    /// <inheritdoc />
    public partial class InspectionInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "inspection");

            migrationBuilder.CreateTable(
                name: "batches",
                schema: "inspection",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    plan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sampling_number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    product_code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    product_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    category_code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    enterprise_credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    enterprise_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    region_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    producer_credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    producer_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    firm_size = table.Column<int>(type: "integer", nullable: false),
                    channel = table.Column<int>(type: "integer", nullable: false),
                    place = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    sampled_on = table.Column<DateOnly>(type: "date", nullable: false),
                    sample_year = table.Column<int>(type: "integer", nullable: false),
                    sample_quarter = table.Column<int>(type: "integer", nullable: false),
                    lot_number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    specification = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    gtin = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: true),
                    sample_base = table.Column<int>(type: "integer", nullable: true),
                    sample_quantity = table.Column<int>(type: "integer", nullable: false),
                    reserve_quantity = table.Column<int>(type: "integer", nullable: false),
                    seal_numbers = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    samplers = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    draw_selection_id = table.Column<Guid>(type: "uuid", nullable: true),
                    laboratory = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    report_number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    result_issued_on = table.Column<DateOnly>(type: "date", nullable: true),
                    verdict = table.Column<int>(type: "integer", nullable: true),
                    failed_items = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    voided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    voided_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    void_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_batches", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "catalogue_editions",
                schema: "inspection",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    issuer_region_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    based_on_id = table.Column<Guid>(type: "uuid", nullable: true),
                    effective_from = table.Column<DateOnly>(type: "date", nullable: false),
                    source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_catalogue_editions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "follow_up_steps",
                schema: "inspection",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    batch_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    on = table.Column<DateOnly>(type: "date", nullable: false),
                    passed = table.Column<bool>(type: "boolean", nullable: true),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    override_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    corrects_step_id = table.Column<Guid>(type: "uuid", nullable: true),
                    region_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_follow_up_steps", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inspection_outbox",
                schema: "inspection",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    payload = table.Column<string>(type: "text", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    dispatched_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inspection_outbox", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inspectors",
                schema: "inspection",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    badge_number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    region_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    department_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    voided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    voided_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    void_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inspectors", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "net_content_checks",
                schema: "inspection",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    enterprise_credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    enterprise_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    region_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    product_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    lot_number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    batch_id = table.Column<Guid>(type: "uuid", nullable: true),
                    checked_on = table.Column<DateOnly>(type: "date", nullable: false),
                    nominal = table.Column<decimal>(type: "numeric(12,3)", precision: 12, scale: 3, nullable: false),
                    unit = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    lot_size = table.Column<int>(type: "integer", nullable: false),
                    measurements = table.Column<string>(type: "text", nullable: false),
                    edition = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    verdict = table.Column<int>(type: "integer", nullable: false),
                    calculation = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    voided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    voided_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    void_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_net_content_checks", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "pass_rate_summary_cells",
                schema: "inspection",
                columns: table => new
                {
                    sample_year = table.Column<int>(type: "integer", nullable: false),
                    region_level = table.Column<int>(type: "integer", nullable: false),
                    region_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    product_code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    product_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    tested = table.Column<int>(type: "integer", nullable: false),
                    failed = table.Column<int>(type: "integer", nullable: false),
                    firms = table.Column<int>(type: "integer", nullable: false),
                    firms_failed = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pass_rate_summary_cells", x => new { x.sample_year, x.region_level, x.region_code, x.product_code });
                });

            migrationBuilder.CreateTable(
                name: "pass_rate_summary_years",
                schema: "inspection",
                columns: table => new
                {
                    sample_year = table.Column<int>(type: "integer", nullable: false),
                    changes = table.Column<long>(type: "bigint", nullable: false),
                    built_from = table.Column<long>(type: "bigint", nullable: true),
                    built_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    build_milliseconds = table.Column<long>(type: "bigint", nullable: true),
                    checked_from = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pass_rate_summary_years", x => x.sample_year);
                });

            migrationBuilder.CreateTable(
                name: "random_draws",
                schema: "inspection",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    plan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    allocation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    product_code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    region_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    firms_requested = table.Column<int>(type: "integer", nullable: false),
                    seed = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    pool_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    pool_listing = table.Column<string>(type: "text", nullable: false),
                    exclusions = table.Column<string>(type: "text", nullable: false),
                    algorithm = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    drawn_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    drawn_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_random_draws", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "spot_check_plans",
                schema: "inspection",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    organizer_region_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    edition_id = table.Column<Guid>(type: "uuid", nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: false),
                    budget_batches = table.Column<int>(type: "integer", nullable: false),
                    budget_yuan = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    voided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    voided_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    void_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_spot_check_plans", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "test_item_results",
                schema: "inspection",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    batch_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    item_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    standard_clause = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    requirement = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    measured_value = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    verdict = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_test_item_results", x => x.id);
                    table.ForeignKey(
                        name: "fk_test_item_results_batches_batch_id",
                        column: x => x.batch_id,
                        principalSchema: "inspection",
                        principalTable: "batches",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "catalogue_products",
                schema: "inspection",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    edition_id = table.Column<Guid>(type: "uuid", nullable: false),
                    category_code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    category_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    risk_level = table.Column<int>(type: "integer", nullable: false),
                    industry_codes = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    test_items = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_catalogue_products", x => x.id);
                    table.ForeignKey(
                        name: "fk_catalogue_products_catalogue_editions_edition_id",
                        column: x => x.edition_id,
                        principalSchema: "inspection",
                        principalTable: "catalogue_editions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "draw_selections",
                schema: "inspection",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    draw_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    credit_code = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    enterprise_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    region_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    first_inspector_id = table.Column<Guid>(type: "uuid", nullable: false),
                    second_inspector_id = table.Column<Guid>(type: "uuid", nullable: false),
                    inspector_names = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_draw_selections", x => x.id);
                    table.ForeignKey(
                        name: "fk_draw_selections_random_draws_draw_id",
                        column: x => x.draw_id,
                        principalSchema: "inspection",
                        principalTable: "random_draws",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_allocations",
                schema: "inspection",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    plan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    product_code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    product_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    region_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    producers = table.Column<int>(type: "integer", nullable: false),
                    score = table.Column<double>(type: "double precision", nullable: false),
                    proposed_batches = table.Column<int>(type: "integer", nullable: false),
                    batches = table.Column<int>(type: "integer", nullable: false),
                    explanation = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_allocations", x => x.id);
                    table.ForeignKey(
                        name: "fk_plan_allocations_spot_check_plans_plan_id",
                        column: x => x.plan_id,
                        principalSchema: "inspection",
                        principalTable: "spot_check_plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_batches_enterprise_credit_code_sampled_on",
                schema: "inspection",
                table: "batches",
                columns: new[] { "enterprise_credit_code", "sampled_on" });

            migrationBuilder.CreateIndex(
                name: "ix_batches_plan_id_product_code",
                schema: "inspection",
                table: "batches",
                columns: new[] { "plan_id", "product_code" });

            migrationBuilder.CreateIndex(
                name: "ix_batches_sample_year_product_code_region_code",
                schema: "inspection",
                table: "batches",
                columns: new[] { "sample_year", "product_code", "region_code" })
                .Annotation("Npgsql:IndexInclude", new[] { "verdict", "enterprise_credit_code", "voided_at", "product_name", "category_code", "channel", "firm_size", "sample_quarter", "sampled_on", "plan_id" });

            migrationBuilder.CreateIndex(
                name: "ix_batches_sampling_number",
                schema: "inspection",
                table: "batches",
                column: "sampling_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_catalogue_editions_code",
                schema: "inspection",
                table: "catalogue_editions",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_catalogue_products_edition_id_code",
                schema: "inspection",
                table: "catalogue_products",
                columns: new[] { "edition_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_draw_selections_draw_id_position",
                schema: "inspection",
                table: "draw_selections",
                columns: new[] { "draw_id", "position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_follow_up_steps_batch_id_on",
                schema: "inspection",
                table: "follow_up_steps",
                columns: new[] { "batch_id", "on" });

            migrationBuilder.CreateIndex(
                name: "ix_inspection_outbox_dispatched_at_occurred_at",
                schema: "inspection",
                table: "inspection_outbox",
                columns: new[] { "dispatched_at", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_inspectors_badge_number",
                schema: "inspection",
                table: "inspectors",
                column: "badge_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_inspectors_region_code",
                schema: "inspection",
                table: "inspectors",
                column: "region_code");

            migrationBuilder.CreateIndex(
                name: "ix_net_content_checks_enterprise_credit_code_checked_on",
                schema: "inspection",
                table: "net_content_checks",
                columns: new[] { "enterprise_credit_code", "checked_on" });

            migrationBuilder.CreateIndex(
                name: "ix_plan_allocations_plan_id_product_code_region_code",
                schema: "inspection",
                table: "plan_allocations",
                columns: new[] { "plan_id", "product_code", "region_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_random_draws_allocation_id",
                schema: "inspection",
                table: "random_draws",
                column: "allocation_id");

            migrationBuilder.CreateIndex(
                name: "ix_spot_check_plans_code",
                schema: "inspection",
                table: "spot_check_plans",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_spot_check_plans_year_organizer_region_code",
                schema: "inspection",
                table: "spot_check_plans",
                columns: new[] { "year", "organizer_region_code" });

            migrationBuilder.CreateIndex(
                name: "ix_test_item_results_batch_id_position",
                schema: "inspection",
                table: "test_item_results",
                columns: new[] { "batch_id", "position" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "catalogue_products",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "draw_selections",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "follow_up_steps",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "inspection_outbox",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "inspectors",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "net_content_checks",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "pass_rate_summary_cells",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "pass_rate_summary_years",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "plan_allocations",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "test_item_results",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "catalogue_editions",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "random_draws",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "spot_check_plans",
                schema: "inspection");

            migrationBuilder.DropTable(
                name: "batches",
                schema: "inspection");
        }
    }
}
