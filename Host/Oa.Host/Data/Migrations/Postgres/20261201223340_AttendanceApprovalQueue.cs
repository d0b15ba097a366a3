using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Oa.Host.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AttendanceApprovalQueue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "StartDataJson",
                table: "attendance_exception_approvals",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "StartDataJson",
                table: "attendance_exception_approvals");
        }
    }
}
