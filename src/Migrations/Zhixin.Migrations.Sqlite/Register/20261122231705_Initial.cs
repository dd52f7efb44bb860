using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhixin.Migrations.Sqlite.Register
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "enterprises",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    credit_code = table.Column<string>(type: "TEXT", unicode: false, maxLength: 18, nullable: false),
                    org_code = table.Column<string>(type: "TEXT", unicode: false, maxLength: 9, nullable: false),
                    check_override = table.Column<bool>(type: "INTEGER", nullable: false),
                    check_override_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    region_code = table.Column<string>(type: "TEXT", unicode: false, maxLength: 6, nullable: false),
                    industry_code = table.Column<string>(type: "TEXT", unicode: false, maxLength: 5, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    legal_representative = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    established_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    import_batch_id = table.Column<Guid>(type: "TEXT", nullable: true),
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
                    table.PrimaryKey("pk_enterprises", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "product_categories",
                columns: table => new
                {
                    code = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    parent_code = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_product_categories", x => x.code);
                    table.ForeignKey(
                        name: "fk_product_categories_product_categories_parent_code",
                        column: x => x.parent_code,
                        principalTable: "product_categories",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "register_import_batches",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    sha256 = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    rows_read = table.Column<long>(type: "INTEGER", nullable: false),
                    inserted = table.Column<long>(type: "INTEGER", nullable: false),
                    unchanged = table.Column<long>(type: "INTEGER", nullable: false),
                    error_count = table.Column<long>(type: "INTEGER", nullable: false),
                    error_report = table.Column<string>(type: "TEXT", nullable: true),
                    imported_at = table.Column<long>(type: "INTEGER", nullable: false),
                    imported_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    region_code = table.Column<string>(type: "TEXT", unicode: false, maxLength: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_register_import_batches", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "products",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    gtin = table.Column<string>(type: "TEXT", unicode: false, maxLength: 14, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    brand = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    specification = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    category_code = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: false),
                    producer_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    producer_credit_code = table.Column<string>(type: "TEXT", unicode: false, maxLength: 18, nullable: false),
                    region_code = table.Column<string>(type: "TEXT", unicode: false, maxLength: 6, nullable: false),
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
                    table.PrimaryKey("pk_products", x => x.id);
                    table.ForeignKey(
                        name: "fk_products_enterprises_producer_id",
                        column: x => x.producer_id,
                        principalTable: "enterprises",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_products_product_categories_category_code",
                        column: x => x.category_code,
                        principalTable: "product_categories",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_enterprises_credit_code",
                table: "enterprises",
                column: "credit_code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_enterprises_name",
                table: "enterprises",
                column: "name");

            migrationBuilder.CreateIndex(
                name: "ix_enterprises_org_code",
                table: "enterprises",
                column: "org_code");

            migrationBuilder.CreateIndex(
                name: "ix_enterprises_region_code_name",
                table: "enterprises",
                columns: new[] { "region_code", "name" });

            migrationBuilder.CreateIndex(
                name: "ix_product_categories_parent_code",
                table: "product_categories",
                column: "parent_code");

            migrationBuilder.CreateIndex(
                name: "ix_products_category_code",
                table: "products",
                column: "category_code");

            migrationBuilder.CreateIndex(
                name: "ix_products_gtin",
                table: "products",
                column: "gtin",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_products_producer_id",
                table: "products",
                column: "producer_id");

            migrationBuilder.CreateIndex(
                name: "ix_register_import_batches_kind_sha256",
                table: "register_import_batches",
                columns: new[] { "kind", "sha256" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "products");

            migrationBuilder.DropTable(
                name: "register_import_batches");

            migrationBuilder.DropTable(
                name: "enterprises");

            migrationBuilder.DropTable(
                name: "product_categories");
        }
    }
}
