using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Velvena.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CalendlyWebhooks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CalendlyWebhookInbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EventName = table.Column<string>(type: "varchar(64)", unicode: false, maxLength: 64, nullable: false),
                    InviteeUri = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: false),
                    DeliveryCreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Payload = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ProcessedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Outcome = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    OrganizationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    LastError = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendlyWebhookInbox", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CalendlyWebhookInbox_EventName_InviteeUri_DeliveryCreatedAtUtc",
                table: "CalendlyWebhookInbox",
                columns: new[] { "EventName", "InviteeUri", "DeliveryCreatedAtUtc" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CalendlyWebhookInbox_ProcessedAtUtc_ReceivedAtUtc",
                table: "CalendlyWebhookInbox",
                columns: new[] { "ProcessedAtUtc", "ReceivedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CalendlyWebhookInbox");
        }
    }
}
