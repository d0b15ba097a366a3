using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Oa.Host.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InboxPageIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_tasks_Assignee_Status_CreatedAt",
                table: "tasks");

            migrationBuilder.CreateIndex(
                name: "IX_tasks_Assignee_Status_CreatedAt_Id",
                table: "tasks",
                columns: new[] { "Assignee", "Status", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_tasks_Assignee_Status_DueAt_CreatedAt_Id",
                table: "tasks",
                columns: new[] { "Assignee", "Status", "DueAt", "CreatedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_tasks_Assignee_Status_CreatedAt_Id",
                table: "tasks");

            migrationBuilder.DropIndex(
                name: "IX_tasks_Assignee_Status_DueAt_CreatedAt_Id",
                table: "tasks");

            migrationBuilder.CreateIndex(
                name: "IX_tasks_Assignee_Status_CreatedAt",
                table: "tasks",
                columns: new[] { "Assignee", "Status", "CreatedAt" });
        }
    }
}
