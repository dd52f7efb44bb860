using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhixin.Migrations.Sqlite.Inspection
{
    /// <inheritdoc />
    public partial class InspectionInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "batches",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    plan_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    sampling_number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    product_code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    product_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    category_code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    enterprise_credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    enterprise_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    region_code = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    producer_credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    producer_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    firm_size = table.Column<int>(type: "INTEGER", nullable: false),
                    channel = table.Column<int>(type: "INTEGER", nullable: false),
                    place = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    sampled_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    sample_year = table.Column<int>(type: "INTEGER", nullable: false),
                    sample_quarter = table.Column<int>(type: "INTEGER", nullable: false),
                    lot_number = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    specification = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    gtin = table.Column<string>(type: "TEXT", maxLength: 14, nullable: true),
                    sample_base = table.Column<int>(type: "INTEGER", nullable: true),
                    sample_quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    reserve_quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    seal_numbers = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    samplers = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    draw_selection_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    laboratory = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    report_number = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    result_issued_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    verdict = table.Column<int>(type: "INTEGER", nullable: true),
                    failed_items = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    published_at = table.Column<long>(type: "INTEGER", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    revision = table.Column<int>(type: "INTEGER", nullable: false),
                    voided_at = table.Column<long>(type: "INTEGER", nullable: true),
                    voided_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    void_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_batches", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "catalogue_editions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    issuer_region_code = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    based_on_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    effective_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_catalogue_editions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "follow_up_steps",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    batch_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    passed = table.Column<bool>(type: "INTEGER", nullable: true),
                    note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    override_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    corrects_step_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    region_code = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_follow_up_steps", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inspection_outbox",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    event_type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    payload = table.Column<string>(type: "TEXT", nullable: false),
                    occurred_at = table.Column<long>(type: "INTEGER", nullable: false),
                    dispatched_at = table.Column<long>(type: "INTEGER", nullable: true),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    last_error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inspection_outbox", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inspectors",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    badge_number = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    region_code = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    department_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    active = table.Column<bool>(type: "INTEGER", nullable: false),
                    voided_at = table.Column<long>(type: "INTEGER", nullable: true),
                    voided_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    void_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inspectors", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "net_content_checks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    enterprise_credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    enterprise_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    region_code = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    product_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    lot_number = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    batch_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    checked_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    nominal = table.Column<decimal>(type: "TEXT", precision: 12, scale: 3, nullable: false),
                    unit = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    lot_size = table.Column<int>(type: "INTEGER", nullable: false),
                    measurements = table.Column<string>(type: "TEXT", nullable: false),
                    edition = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    verdict = table.Column<int>(type: "INTEGER", nullable: false),
                    calculation = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    voided_at = table.Column<long>(type: "INTEGER", nullable: true),
                    voided_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    void_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_net_content_checks", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "pass_rate_summary_cells",
                columns: table => new
                {
                    sample_year = table.Column<int>(type: "INTEGER", nullable: false),
                    region_level = table.Column<int>(type: "INTEGER", nullable: false),
                    region_code = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    product_code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    product_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    tested = table.Column<int>(type: "INTEGER", nullable: false),
                    failed = table.Column<int>(type: "INTEGER", nullable: false),
                    firms = table.Column<int>(type: "INTEGER", nullable: false),
                    firms_failed = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pass_rate_summary_cells", x => new { x.sample_year, x.region_level, x.region_code, x.product_code });
                });

            migrationBuilder.CreateTable(
                name: "pass_rate_summary_years",
                columns: table => new
                {
                    sample_year = table.Column<int>(type: "INTEGER", nullable: false),
                    changes = table.Column<long>(type: "INTEGER", nullable: false),
                    built_from = table.Column<long>(type: "INTEGER", nullable: true),
                    built_at = table.Column<long>(type: "INTEGER", nullable: true),
                    build_milliseconds = table.Column<long>(type: "INTEGER", nullable: true),
                    checked_from = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pass_rate_summary_years", x => x.sample_year);
                });

            migrationBuilder.CreateTable(
                name: "random_draws",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    plan_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    allocation_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    product_code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    region_code = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    firms_requested = table.Column<int>(type: "INTEGER", nullable: false),
                    seed = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    pool_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    pool_listing = table.Column<string>(type: "TEXT", nullable: false),
                    exclusions = table.Column<string>(type: "TEXT", nullable: false),
                    algorithm = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    published_at = table.Column<long>(type: "INTEGER", nullable: false),
                    published_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    drawn_at = table.Column<long>(type: "INTEGER", nullable: true),
                    drawn_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_random_draws", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "spot_check_plans",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    kind = table.Column<int>(type: "INTEGER", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    organizer_region_code = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    edition_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    starts_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    budget_batches = table.Column<int>(type: "INTEGER", nullable: false),
                    budget_yuan = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    revision = table.Column<int>(type: "INTEGER", nullable: false),
                    voided_at = table.Column<long>(type: "INTEGER", nullable: true),
                    voided_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    void_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_spot_check_plans", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "test_item_results",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    batch_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    item_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    standard_clause = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    requirement = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    measured_value = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    verdict = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_test_item_results", x => x.id);
                    table.ForeignKey(
                        name: "fk_test_item_results_batches_batch_id",
                        column: x => x.batch_id,
                        principalTable: "batches",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "catalogue_products",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    edition_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    category_code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    category_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    risk_level = table.Column<int>(type: "INTEGER", nullable: false),
                    industry_codes = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    test_items = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_catalogue_products", x => x.id);
                    table.ForeignKey(
                        name: "fk_catalogue_products_catalogue_editions_edition_id",
                        column: x => x.edition_id,
                        principalTable: "catalogue_editions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "draw_selections",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    draw_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    enterprise_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    region_code = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    first_inspector_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    second_inspector_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    inspector_names = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_draw_selections", x => x.id);
                    table.ForeignKey(
                        name: "fk_draw_selections_random_draws_draw_id",
                        column: x => x.draw_id,
                        principalTable: "random_draws",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_allocations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    plan_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    product_code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    product_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    region_code = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    producers = table.Column<int>(type: "INTEGER", nullable: false),
                    score = table.Column<double>(type: "REAL", nullable: false),
                    proposed_batches = table.Column<int>(type: "INTEGER", nullable: false),
                    batches = table.Column<int>(type: "INTEGER", nullable: false),
                    explanation = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_allocations", x => x.id);
                    table.ForeignKey(
                        name: "fk_plan_allocations_spot_check_plans_plan_id",
                        column: x => x.plan_id,
                        principalTable: "spot_check_plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_batches_enterprise_credit_code_sampled_on",
                table: "batches",
                columns: new[] { "enterprise_credit_code", "sampled_on" });

            migrationBuilder.CreateIndex(
                name: "ix_batches_plan_id_product_code",
                table: "batches",
                columns: new[] { "plan_id", "product_code" });

            migrationBuilder.CreateIndex(
                name: "ix_batches_sample_year_product_code_region_code",
                table: "batches",
                columns: new[] { "sample_year", "product_code", "region_code" });

            migrationBuilder.CreateIndex(
                name: "ix_batches_sampling_number",
                table: "batches",
                column: "sampling_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_catalogue_editions_code",
                table: "catalogue_editions",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_catalogue_products_edition_id_code",
                table: "catalogue_products",
                columns: new[] { "edition_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_draw_selections_draw_id_position",
                table: "draw_selections",
                columns: new[] { "draw_id", "position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_follow_up_steps_batch_id_on",
                table: "follow_up_steps",
                columns: new[] { "batch_id", "on" });

            migrationBuilder.CreateIndex(
                name: "ix_inspection_outbox_dispatched_at_occurred_at",
                table: "inspection_outbox",
                columns: new[] { "dispatched_at", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_inspectors_badge_number",
                table: "inspectors",
                column: "badge_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_inspectors_region_code",
                table: "inspectors",
                column: "region_code");

            migrationBuilder.CreateIndex(
                name: "ix_net_content_checks_enterprise_credit_code_checked_on",
                table: "net_content_checks",
                columns: new[] { "enterprise_credit_code", "checked_on" });

            migrationBuilder.CreateIndex(
                name: "ix_plan_allocations_plan_id_product_code_region_code",
                table: "plan_allocations",
                columns: new[] { "plan_id", "product_code", "region_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_random_draws_allocation_id",
                table: "random_draws",
                column: "allocation_id");

            migrationBuilder.CreateIndex(
                name: "ix_spot_check_plans_code",
                table: "spot_check_plans",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_spot_check_plans_year_organizer_region_code",
                table: "spot_check_plans",
                columns: new[] { "year", "organizer_region_code" });

            migrationBuilder.CreateIndex(
                name: "ix_test_item_results_batch_id_position",
                table: "test_item_results",
                columns: new[] { "batch_id", "position" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "catalogue_products");

            migrationBuilder.DropTable(
                name: "draw_selections");

            migrationBuilder.DropTable(
                name: "follow_up_steps");

            migrationBuilder.DropTable(
                name: "inspection_outbox");

            migrationBuilder.DropTable(
                name: "inspectors");

            migrationBuilder.DropTable(
                name: "net_content_checks");

            migrationBuilder.DropTable(
                name: "pass_rate_summary_cells");

            migrationBuilder.DropTable(
                name: "pass_rate_summary_years");

            migrationBuilder.DropTable(
                name: "plan_allocations");

            migrationBuilder.DropTable(
                name: "test_item_results");

            migrationBuilder.DropTable(
                name: "catalogue_editions");

            migrationBuilder.DropTable(
                name: "random_draws");

            migrationBuilder.DropTable(
                name: "spot_check_plans");

            migrationBuilder.DropTable(
                name: "batches");
        }
    }
}
