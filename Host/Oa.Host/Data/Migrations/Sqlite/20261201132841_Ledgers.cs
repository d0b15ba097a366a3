using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Oa.Host.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Ledgers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LedgerAudit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LedgerKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RecordId = table.Column<long>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    JobId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ChangesJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LedgerAudit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LedgerDefinitions",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LedgerDefinitions", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "LedgerRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LedgerKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Keywords = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    MatchKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OwnerUserName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OwnerDepartmentId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DataJson = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LedgerRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LedgerFieldValues",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecordId = table.Column<long>(type: "INTEGER", nullable: false),
                    LedgerKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Number = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LedgerFieldValues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LedgerFieldValues_LedgerRecords_RecordId",
                        column: x => x.RecordId,
                        principalTable: "LedgerRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LedgerAudit_JobId",
                table: "LedgerAudit",
                column: "JobId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LedgerAudit_LedgerKey_RecordId",
                table: "LedgerAudit",
                columns: new[] { "LedgerKey", "RecordId" });

            migrationBuilder.CreateIndex(
                name: "IX_LedgerFieldValues_LedgerKey_Field_Number",
                table: "LedgerFieldValues",
                columns: new[] { "LedgerKey", "Field", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_LedgerFieldValues_LedgerKey_Field_Text",
                table: "LedgerFieldValues",
                columns: new[] { "LedgerKey", "Field", "Text" });

            migrationBuilder.CreateIndex(
                name: "IX_LedgerFieldValues_RecordId_Field",
                table: "LedgerFieldValues",
                columns: new[] { "RecordId", "Field" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LedgerRecords_LedgerKey_MatchKey",
                table: "LedgerRecords",
                columns: new[] { "LedgerKey", "MatchKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LedgerRecords_LedgerKey_OwnerDepartmentId",
                table: "LedgerRecords",
                columns: new[] { "LedgerKey", "OwnerDepartmentId" });

            migrationBuilder.CreateIndex(
                name: "IX_LedgerRecords_LedgerKey_OwnerUserName",
                table: "LedgerRecords",
                columns: new[] { "LedgerKey", "OwnerUserName" });

            migrationBuilder.CreateIndex(
                name: "IX_LedgerRecords_LedgerKey_UpdatedAt",
                table: "LedgerRecords",
                columns: new[] { "LedgerKey", "UpdatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LedgerAudit");

            migrationBuilder.DropTable(
                name: "LedgerDefinitions");

            migrationBuilder.DropTable(
                name: "LedgerFieldValues");

            migrationBuilder.DropTable(
                name: "LedgerRecords");
        }
    }
}
