using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Velvena.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SyncRunAndInboxRobustness : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "NextAttemptAtUtc",
                table: "CalendlyWebhookInbox",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WebhookScope",
                table: "CalendlyConnections",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_CalendlyWebhookInbox_OrganizationId_Outcome",
                table: "CalendlyWebhookInbox",
                columns: new[] { "OrganizationId", "Outcome" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CalendlyWebhookInbox_OrganizationId_Outcome",
                table: "CalendlyWebhookInbox");

            migrationBuilder.DropColumn(
                name: "NextAttemptAtUtc",
                table: "CalendlyWebhookInbox");

            migrationBuilder.DropColumn(
                name: "WebhookScope",
                table: "CalendlyConnections");
        }
    }
}
