-- Run once by the mysql container of docker-compose.yml: one database per service.
CREATE DATABASE IF NOT EXISTS promoter CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS ppc_updater CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS maintenance CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS notifier CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
GRANT ALL PRIVILEGES ON promoter.* TO 'releasetrain'@'%';
GRANT ALL PRIVILEGES ON ppc_updater.* TO 'releasetrain'@'%';
GRANT ALL PRIVILEGES ON maintenance.* TO 'releasetrain'@'%';
GRANT ALL PRIVILEGES ON notifier.* TO 'releasetrain'@'%';
