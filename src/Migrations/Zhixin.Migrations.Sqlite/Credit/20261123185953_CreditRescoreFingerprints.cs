using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhixin.Migrations.Sqlite.Credit
{
    /// <inheritdoc />
    public partial class CreditRescoreFingerprints : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "inputs_fingerprint",
                table: "credit_assessments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "next_possible_change_on",
                table: "credit_assessments",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "inputs_fingerprint",
                table: "credit_assessments");

            migrationBuilder.DropColumn(
                name: "next_possible_change_on",
                table: "credit_assessments");
        }
    }
}
