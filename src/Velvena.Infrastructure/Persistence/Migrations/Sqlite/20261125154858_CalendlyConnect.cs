using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Velvena.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CalendlyConnect : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "DisconnectedAtUtc",
                table: "CalendlyConnections",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RefreshLeaseExpiresAtUtc",
                table: "CalendlyConnections",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RefreshLeaseId",
                table: "CalendlyConnections",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "RemoteRevocationFailed",
                table: "CalendlyConnections",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "CalendlyAuthorizationRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StateHash = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    EncryptedCodeVerifier = table.Column<string>(type: "TEXT", unicode: false, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConsumedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendlyAuthorizationRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CalendlyAuthorizationRequests_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CalendlyAuthorizationRequests_ExpiresAtUtc",
                table: "CalendlyAuthorizationRequests",
                column: "ExpiresAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_CalendlyAuthorizationRequests_OrganizationId",
                table: "CalendlyAuthorizationRequests",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_CalendlyAuthorizationRequests_StateHash",
                table: "CalendlyAuthorizationRequests",
                column: "StateHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CalendlyAuthorizationRequests");

            migrationBuilder.DropColumn(
                name: "DisconnectedAtUtc",
                table: "CalendlyConnections");

            migrationBuilder.DropColumn(
                name: "RefreshLeaseExpiresAtUtc",
                table: "CalendlyConnections");

            migrationBuilder.DropColumn(
                name: "RefreshLeaseId",
                table: "CalendlyConnections");

            migrationBuilder.DropColumn(
                name: "RemoteRevocationFailed",
                table: "CalendlyConnections");
        }
    }
}
