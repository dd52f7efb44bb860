using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhixin.Migrations.Postgres.Credit
{
    /// <inheritdoc />
    public partial class CreditRescoreFingerprints : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "inputs_fingerprint",
                schema: "credit",
                table: "credit_assessments",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "next_possible_change_on",
                schema: "credit",
                table: "credit_assessments",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "inputs_fingerprint",
                schema: "credit",
                table: "credit_assessments");

            migrationBuilder.DropColumn(
                name: "next_possible_change_on",
                schema: "credit",
                table: "credit_assessments");
        }
    }
}
