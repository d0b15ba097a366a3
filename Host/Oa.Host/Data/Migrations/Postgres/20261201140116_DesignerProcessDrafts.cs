using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Oa.Host.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DesignerProcessDrafts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ProcessDrafts",
                columns: table => new
                {
                    ProcessKey = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    BpmnXml = table.Column<string>(type: "text", nullable: false),
                    BaseVersion = table.Column<int>(type: "integer", nullable: true),
                    SavedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SavedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessDrafts", x => x.ProcessKey);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProcessDrafts");
        }
    }
}
