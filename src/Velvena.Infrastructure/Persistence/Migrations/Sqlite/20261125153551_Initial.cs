using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Velvena.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Organizations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TimeZone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CountryCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 2, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organizations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CalendlyConnections",
                columns: table => new
                {
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OAuthConnected = table.Column<bool>(type: "INTEGER", nullable: false),
                    OAuthEmail = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    OAuthUserUri = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    OrganizationUri = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    EncryptedAccessToken = table.Column<string>(type: "TEXT", unicode: false, nullable: true),
                    EncryptedRefreshToken = table.Column<string>(type: "TEXT", unicode: false, nullable: true),
                    OAuthExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConnectedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConnectedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ReauthorizationRequired = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReauthorizationReason = table.Column<string>(type: "TEXT", nullable: true),
                    LastSyncStatus = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    LastSyncAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastSyncError = table.Column<string>(type: "TEXT", nullable: true),
                    WebhookSubscriptionUri = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    WebhookState = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendlyConnections", x => x.OrganizationId);
                    table.ForeignKey(
                        name: "FK_CalendlyConnections_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Prospects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirstName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LastName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Metadata_CalendlyEventUri = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    Metadata_CalendlyInviteeUri = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    Metadata_CancelUrl = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    Metadata_EventEndUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Metadata_EventLocation = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    Metadata_EventName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Metadata_EventStartUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Metadata_RescheduleUrl = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    Metadata_UtmCampaign = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Metadata_UtmContent = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Metadata_UtmMedium = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Metadata_UtmSource = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Metadata_UtmTerm = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Prospects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Prospects_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Appointments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProspectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CalendlyInviteeUri = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    CalendlyEventUri = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    EventName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    StartUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CancellationReason = table.Column<string>(type: "TEXT", nullable: true),
                    CanceledBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CancelerType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    CanceledAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RescheduledFromInviteeUri = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    RescheduledToInviteeUri = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Appointments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Appointments_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Appointments_Prospects_ProspectId",
                        column: x => x.ProspectId,
                        principalTable: "Prospects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_OrganizationId_CalendlyInviteeUri",
                table: "Appointments",
                columns: new[] { "OrganizationId", "CalendlyInviteeUri" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_ProspectId_StartUtc",
                table: "Appointments",
                columns: new[] { "ProspectId", "StartUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_CalendlyConnections_OrganizationUri",
                table: "CalendlyConnections",
                column: "OrganizationUri");

            migrationBuilder.CreateIndex(
                name: "IX_Prospects_OrganizationId_CreatedAtUtc",
                table: "Prospects",
                columns: new[] { "OrganizationId", "CreatedAtUtc" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "IX_Prospects_OrganizationId_NormalizedEmail",
                table: "Prospects",
                columns: new[] { "OrganizationId", "NormalizedEmail" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Prospects_OrganizationId_Source_CreatedAtUtc",
                table: "Prospects",
                columns: new[] { "OrganizationId", "Source", "CreatedAtUtc" },
                descending: new[] { false, false, true });

            migrationBuilder.CreateIndex(
                name: "IX_Prospects_OrganizationId_Status_CreatedAtUtc",
                table: "Prospects",
                columns: new[] { "OrganizationId", "Status", "CreatedAtUtc" },
                descending: new[] { false, false, true });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Appointments");

            migrationBuilder.DropTable(
                name: "CalendlyConnections");

            migrationBuilder.DropTable(
                name: "Prospects");

            migrationBuilder.DropTable(
                name: "Organizations");
        }
    }
}
