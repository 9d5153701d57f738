#include "DatabaseController.h"

#include "common/BackgroundTask.h"
#include "common/ErrorDialog.h"
#include "common/SettingValue.h"
#include "credit/CreditRecomputer.h"
#include "credit/CreditRuleStore.h"
#include "common/FormDialog.h"
#include "db/BackupRotation.h"
#include "users/Session.h"
#include "users/UserStore.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "demo/DemoCountyGenerator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QStandardPaths>
#include <QtConcurrent>

namespace {
const SettingValue<QStringList> kRecentFiles(QStringLiteral("database/recentFiles"));
const SettingValue<QString> kLastDatabase(QStringLiteral("database/last"));
constexpr int kMaxRecent = 8;
} // namespace

DatabaseController::DatabaseController(QObject *parent)
    : QObject(parent)
{
}

DatabaseController::~DatabaseController() = default;

QString DatabaseController::demoPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo-county.db"));
}

QStringList DatabaseController::recentFiles() const
{
    return kRecentFiles.get();
}

QString DatabaseController::lastDatabase() const
{
    return kLastDatabase.get();
}

void DatabaseController::adopt(std::unique_ptr<Database> database)
{
    // Scores change with time alone (publicity periods end, red-line periods pass):
    // bring the due ones up to today before anything is shown. Only enterprises whose
    // next change has come are evaluated, so this stays short.
    try {
        const QSqlDatabase db = database->connection();
        CreditRecomputer::run(db, CreditRuleStore::load(db), QDate::currentDate(), CreditRecomputer::Mode::Incremental);
    } catch (const DatabaseError &error) {
        ErrorDialog::show(nullptr, error);
    }
    m_database = std::move(database);
    // The daily backup runs beside the work, through its own connection.
    const QString path = m_database->path();
    (void)QtConcurrent::run([path] {
        try {
            const Database copy = Database::open(path, Database::OpenMode::ExistingOnly);
            BackupRotation::backUpIfDue(copy);
        } catch (const DatabaseError &) {
            // A failed daily copy is retried at the next opening and on closing.
        }
    });
    QStringList recent = kRecentFiles.get();
    recent.removeAll(m_database->path());
    recent.prepend(m_database->path());
    kRecentFiles.set(recent.mid(0, kMaxRecent));
    kLastDatabase.set(m_database->path());
    emit databaseChanged();
}

bool DatabaseController::open(const QString &path, bool create, QWidget *parent)
{
    try {
        auto database = std::make_unique<Database>(
            Database::open(path, create ? Database::OpenMode::CreateIfMissing : Database::OpenMode::ExistingOnly));
        Session::signOut();
        if (parent && UserStore::hasUsers(database->connection()))
            signIn(*database, parent);
        adopt(std::move(database));
        return true;
    } catch (const DatabaseError &error) {
        // A damaged file: offer the latest backup that passes its check.
        const QString good = error.kind() == DatabaseError::Kind::Corrupted ? BackupRotation::latestGood(path) : QString();
        if (good.isEmpty() || !parent) {
            ErrorDialog::show(parent, error);
            return false;
        }
        const auto answer = QMessageBox::question(
            parent, tr("Damaged database"),
            tr("%1\n\nRestore the latest good backup (%2)? The damaged file is kept beside it.")
                .arg(error.message(), QFileInfo(good).fileName()));
        if (answer != QMessageBox::Yes)
            return false;
        return restoreBackup(good, path, parent);
    }
}

void DatabaseController::signIn(const Database &database, QWidget *parent)
{
    // Without signing in the file opens for viewing only: core refuses every change.
    FormDialog form(tr("Sign in to %1").arg(QFileInfo(database.path()).fileName()), parent);
    form.addText(QStringLiteral("user"), tr("User name:"));
    form.addPassword(QStringLiteral("password"), tr("Password:"));
    form.setAction([&database](const FormDialog &f) {
        return FormDialog::attempt([&] {
            UserStore::signIn(database.connection(), f.text(QStringLiteral("user")),
                              qobject_cast<QLineEdit *>(f.field(QStringLiteral("password")))->text());
        });
    });
    form.exec();
}

bool DatabaseController::restoreBackup(const QString &backupPath, const QString &databasePath, QWidget *parent)
{
    const QString target = QFileInfo(databasePath).absoluteFilePath();
    if (m_database && m_database->path() == target) {
        m_database.reset(); // the file is replaced: close it first
        emit databaseChanged();
    }
    try {
        BackupRotation::restore(backupPath, target);
    } catch (const DatabaseError &error) {
        ErrorDialog::show(parent, error);
        return false;
    }
    return open(target, false, parent);
}

void DatabaseController::backUpOnClose(QWidget *parent)
{
    if (!m_database)
        return;
    try {
        BackupRotation::backUp(*m_database);
    } catch (const DatabaseError &error) {
        ErrorDialog::show(parent, error);
    }
}

bool DatabaseController::openFile(const QString &path, QWidget *parent)
{
    return open(path, false, parent);
}

bool DatabaseController::createFile(const QString &path, QWidget *parent)
{
    return open(path, true, parent);
}

bool DatabaseController::openDemo(QWidget *parent, bool interactive)
{
    const QString path = demoPath();
    if (!QFileInfo::exists(path) && !generateDemo(path, parent, interactive))
        return false;
    return openFile(path, parent);
}

bool DatabaseController::generateDemo(const QString &target, QWidget *parent, bool interactive)
{
    // Built under a temporary name and renamed when complete, so a cancelled or
    // failed run never leaves a half-built demo to be opened next time.
    const QString partial = target + QStringLiteral(".building");
    QFile::remove(partial);
    const BackgroundTask::Result result = BackgroundTask::run(
        parent, tr("Creating the demo county…"),
        [&partial](const BackgroundTask::Progress &progress) {
            const Database db = Database::open(partial);
            DemoOptions options;
            options.progress = progress;
            DemoCountyGenerator::generate(db, options);
        },
        interactive);
    if (!result.ok) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(partial + suffix);
        if (!result.cancelled)
            ErrorDialog::show(parent, result.message, result.details);
        return false;
    }
    QFile::remove(target);
    if (!QFile::rename(partial, target)) {
        ErrorDialog::show(parent, tr("The demo county could not be saved to %1.").arg(target));
        return false;
    }
    return true;
}
