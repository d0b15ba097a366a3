using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Oa.Host.Data.Migrations.Sqlite
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
                    ProcessKey = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    BpmnXml = table.Column<string>(type: "TEXT", nullable: false),
                    BaseVersion = table.Column<int>(type: "INTEGER", nullable: true),
                    SavedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SavedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false)
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
