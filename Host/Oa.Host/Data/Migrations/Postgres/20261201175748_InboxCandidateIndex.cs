using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Oa.Host.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InboxCandidateIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_task_candidates_Kind_Value",
                table: "task_candidates");

            migrationBuilder.CreateIndex(
                name: "IX_task_candidates_Kind_Value_TaskId",
                table: "task_candidates",
                columns: new[] { "Kind", "Value", "TaskId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_task_candidates_Kind_Value_TaskId",
                table: "task_candidates");

            migrationBuilder.CreateIndex(
                name: "IX_task_candidates_Kind_Value",
                table: "task_candidates",
                columns: new[] { "Kind", "Value" });
        }
    }
}
