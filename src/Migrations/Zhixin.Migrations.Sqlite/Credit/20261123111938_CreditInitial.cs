using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhixin.Migrations.Sqlite.Credit
{
    /// <inheritdoc />
    public partial class CreditInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "credit_assessments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    enterprise_credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    region_code = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    rule_set_version = table.Column<int>(type: "INTEGER", nullable: false),
                    as_of = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    score = table.Column<decimal>(type: "TEXT", precision: 7, scale: 2, nullable: false),
                    grade = table.Column<int>(type: "INTEGER", nullable: false),
                    grade_capped_by = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    risk_class = table.Column<int>(type: "INTEGER", nullable: false),
                    breakdown = table.Column<string>(type: "TEXT", nullable: false),
                    trigger = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    assessed_at = table.Column<long>(type: "INTEGER", nullable: false),
                    assessed_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    is_current = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_credit_assessments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "credit_changes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    sequence = table.Column<long>(type: "INTEGER", nullable: true),
                    credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    region_code = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    subject_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    change = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_credit_changes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "credit_listings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    enterprise_credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    enterprise_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    region_code = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    kind = table.Column<int>(type: "INTEGER", nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    rules_version = table.Column<int>(type: "INTEGER", nullable: false),
                    grounds = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ground_record_ids = table.Column<string>(type: "TEXT", nullable: false),
                    legal_basis = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    proposed_at = table.Column<long>(type: "INTEGER", nullable: false),
                    proposed_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    notice_number = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    notice_served_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    notice_reasons = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    notice_rights = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    decision_allowed_from = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    noticed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    noticed_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    decision_number = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    decided_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    authority = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    listed_from = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    listed_until = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    early_removal_from = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    grade_at_best = table.Column<int>(type: "INTEGER", nullable: true),
                    listed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    listed_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ended_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    end_reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ended_at = table.Column<long>(type: "INTEGER", nullable: true),
                    ended_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_credit_listings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "credit_objections",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    enterprise_credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    enterprise_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    region_code = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    target = table.Column<int>(type: "INTEGER", nullable: false),
                    listing_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    record_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    against_notice = table.Column<bool>(type: "INTEGER", nullable: false),
                    grounds = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    rules_version = table.Column<int>(type: "INTEGER", nullable: false),
                    raised_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    raised_at = table.Column<long>(type: "INTEGER", nullable: false),
                    raised_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    raised_by_firm = table.Column<bool>(type: "INTEGER", nullable: false),
                    review_due_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    decision_reasons = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    decided_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    decided_at = table.Column<long>(type: "INTEGER", nullable: true),
                    decided_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_credit_objections", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "credit_records",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    enterprise_credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    enterprise_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    region_code = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    kind = table.Column<int>(type: "INTEGER", nullable: false),
                    severity = table.Column<int>(type: "INTEGER", nullable: false),
                    occurred_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    detail = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    document_number = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    authority = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    source_module = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    source_reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    source_department_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    source_link = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    voided_at = table.Column<long>(type: "INTEGER", nullable: true),
                    voided_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    void_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    repaired_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    repair_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    repaired_at = table.Column<long>(type: "INTEGER", nullable: true),
                    repaired_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_credit_records", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "credit_repairs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    enterprise_credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    enterprise_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    region_code = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    target = table.Column<int>(type: "INTEGER", nullable: false),
                    listing_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    record_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    penalty_fulfilled = table.Column<bool>(type: "INTEGER", nullable: false),
                    restrictions_ended = table.Column<bool>(type: "INTEGER", nullable: false),
                    harm_remedied = table.Column<bool>(type: "INTEGER", nullable: false),
                    commitment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    statement = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    rules_version = table.Column<int>(type: "INTEGER", nullable: false),
                    applied_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    applied_at = table.Column<long>(type: "INTEGER", nullable: false),
                    applied_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    decision_due_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    decision_reasons = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    decided_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    decided_at = table.Column<long>(type: "INTEGER", nullable: true),
                    decided_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_credit_repairs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "grade_publication",
                columns: table => new
                {
                    region_code = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    published = table.Column<bool>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_grade_publication", x => x.region_code);
                });

            migrationBuilder.CreateTable(
                name: "inspection_ratios",
                columns: table => new
                {
                    region_code = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    a = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    b = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    c = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    d = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inspection_ratios", x => x.region_code);
                });

            migrationBuilder.CreateTable(
                name: "issued_reports",
                columns: table => new
                {
                    number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    enterprise_credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    key_id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    issued_at = table.Column<long>(type: "INTEGER", nullable: false),
                    issued_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_issued_reports", x => x.number);
                });

            migrationBuilder.CreateTable(
                name: "scoring_rule_sets",
                columns: table => new
                {
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    effective_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    json = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    published_at = table.Column<long>(type: "INTEGER", nullable: true),
                    published_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_scoring_rule_sets", x => x.version);
                });

            migrationBuilder.CreateTable(
                name: "sharing_grants",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    department_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    department_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    region_code = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    scopes = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    purpose = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    expires_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    token_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    token_hint = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    issued_at = table.Column<long>(type: "INTEGER", nullable: false),
                    issued_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    issuer_region_code = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    revoked_at = table.Column<long>(type: "INTEGER", nullable: true),
                    revoked_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    revoke_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sharing_grants", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "watch_notifications",
                columns: table => new
                {
                    number = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    department_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    change = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    subject_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    read_at = table.Column<long>(type: "INTEGER", nullable: true),
                    read_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_watch_notifications", x => x.number);
                });

            migrationBuilder.CreateTable(
                name: "watch_subscriptions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    department_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    credit_code = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    region_code = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    removed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    removed_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_watch_subscriptions", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_credit_assessments_enterprise_credit_code",
                table: "credit_assessments",
                column: "enterprise_credit_code",
                unique: true,
                filter: "is_current");

            migrationBuilder.CreateIndex(
                name: "ix_credit_assessments_enterprise_credit_code_assessed_at",
                table: "credit_assessments",
                columns: new[] { "enterprise_credit_code", "assessed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_credit_assessments_region_code_grade",
                table: "credit_assessments",
                columns: new[] { "region_code", "grade" },
                filter: "is_current");

            migrationBuilder.CreateIndex(
                name: "ix_credit_changes_region_code_sequence",
                table: "credit_changes",
                columns: new[] { "region_code", "sequence" });

            migrationBuilder.CreateIndex(
                name: "ix_credit_changes_sequence",
                table: "credit_changes",
                column: "sequence",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_credit_listings_enterprise_credit_code_status",
                table: "credit_listings",
                columns: new[] { "enterprise_credit_code", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_credit_listings_region_code_kind_status",
                table: "credit_listings",
                columns: new[] { "region_code", "kind", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_credit_objections_enterprise_credit_code",
                table: "credit_objections",
                column: "enterprise_credit_code");

            migrationBuilder.CreateIndex(
                name: "ix_credit_objections_listing_id_status",
                table: "credit_objections",
                columns: new[] { "listing_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_credit_objections_record_id_status",
                table: "credit_objections",
                columns: new[] { "record_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_credit_objections_region_code_status",
                table: "credit_objections",
                columns: new[] { "region_code", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_credit_records_enterprise_credit_code_occurred_on",
                table: "credit_records",
                columns: new[] { "enterprise_credit_code", "occurred_on" });

            migrationBuilder.CreateIndex(
                name: "ix_credit_records_region_code_occurred_on",
                table: "credit_records",
                columns: new[] { "region_code", "occurred_on" });

            migrationBuilder.CreateIndex(
                name: "ix_credit_records_source_module_source_reference",
                table: "credit_records",
                columns: new[] { "source_module", "source_reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_credit_repairs_enterprise_credit_code",
                table: "credit_repairs",
                column: "enterprise_credit_code");

            migrationBuilder.CreateIndex(
                name: "ix_credit_repairs_listing_id_status",
                table: "credit_repairs",
                columns: new[] { "listing_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_credit_repairs_record_id_status",
                table: "credit_repairs",
                columns: new[] { "record_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_credit_repairs_region_code_status",
                table: "credit_repairs",
                columns: new[] { "region_code", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_issued_reports_enterprise_credit_code_issued_at",
                table: "issued_reports",
                columns: new[] { "enterprise_credit_code", "issued_at" });

            migrationBuilder.CreateIndex(
                name: "ix_sharing_grants_department_code",
                table: "sharing_grants",
                column: "department_code");

            migrationBuilder.CreateIndex(
                name: "ix_sharing_grants_issuer_region_code_issued_at",
                table: "sharing_grants",
                columns: new[] { "issuer_region_code", "issued_at" });

            migrationBuilder.CreateIndex(
                name: "ix_sharing_grants_token_hash",
                table: "sharing_grants",
                column: "token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_watch_notifications_department_code_number",
                table: "watch_notifications",
                columns: new[] { "department_code", "number" });

            migrationBuilder.CreateIndex(
                name: "ix_watch_subscriptions_credit_code",
                table: "watch_subscriptions",
                column: "credit_code");

            migrationBuilder.CreateIndex(
                name: "ix_watch_subscriptions_department_code_credit_code",
                table: "watch_subscriptions",
                columns: new[] { "department_code", "credit_code" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "credit_assessments");

            migrationBuilder.DropTable(
                name: "credit_changes");

            migrationBuilder.DropTable(
                name: "credit_listings");

            migrationBuilder.DropTable(
                name: "credit_objections");

            migrationBuilder.DropTable(
                name: "credit_records");

            migrationBuilder.DropTable(
                name: "credit_repairs");

            migrationBuilder.DropTable(
                name: "grade_publication");

            migrationBuilder.DropTable(
                name: "inspection_ratios");

            migrationBuilder.DropTable(
                name: "issued_reports");

            migrationBuilder.DropTable(
                name: "scoring_rule_sets");

            migrationBuilder.DropTable(
                name: "sharing_grants");

            migrationBuilder.DropTable(
                name: "watch_notifications");

            migrationBuilder.DropTable(
                name: "watch_subscriptions");
        }
    }
}
