using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Oa.Host.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AttendanceSchedulesReminders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "attendance_schedule_spans",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ScheduleId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_attendance_schedule_spans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reminders_sent",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    ItemKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Recipients = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reminders_sent", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_attendance_schedule_spans_UserName_From",
                table: "attendance_schedule_spans",
                columns: new[] { "UserName", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_reminders_sent_Kind_ItemKey_Day",
                table: "reminders_sent",
                columns: new[] { "Kind", "ItemKey", "Day" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "attendance_schedule_spans");

            migrationBuilder.DropTable(
                name: "reminders_sent");
        }
    }
}
