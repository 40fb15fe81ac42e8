using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Velvena.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CalendlySync : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CalendlyEventSnapshots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EventUri = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    InviteesTotal = table.Column<int>(type: "int", nullable: false),
                    InviteesActive = table.Column<int>(type: "int", nullable: false),
                    EventUpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    StartTimeUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendlyEventSnapshots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CalendlyEventSnapshots_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CalendlySyncRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    FinishedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Outcome = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    EventsRead = table.Column<int>(type: "int", nullable: false),
                    EventsChanged = table.Column<int>(type: "int", nullable: false),
                    InviteesRead = table.Column<int>(type: "int", nullable: false),
                    ProspectsCreated = table.Column<int>(type: "int", nullable: false),
                    AppointmentsCreated = table.Column<int>(type: "int", nullable: false),
                    AppointmentsUpdated = table.Column<int>(type: "int", nullable: false),
                    AppointmentsCanceled = table.Column<int>(type: "int", nullable: false),
                    CalendlyCalls = table.Column<int>(type: "int", nullable: false),
                    Error = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendlySyncRuns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CalendlySyncRuns_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CalendlyEventSnapshots_OrganizationId_EventUri",
                table: "CalendlyEventSnapshots",
                columns: new[] { "OrganizationId", "EventUri" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CalendlyEventSnapshots_OrganizationId_StartTimeUtc",
                table: "CalendlyEventSnapshots",
                columns: new[] { "OrganizationId", "StartTimeUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_CalendlySyncRuns_OrganizationId_StartedAtUtc",
                table: "CalendlySyncRuns",
                columns: new[] { "OrganizationId", "StartedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CalendlyEventSnapshots");

            migrationBuilder.DropTable(
                name: "CalendlySyncRuns");
        }
    }
}
