#include "DatabaseController.h"

#include "common/BackgroundTask.h"
#include "common/ErrorDialog.h"
#include "common/SettingValue.h"
#include "credit/CreditRecomputer.h"
#include "credit/CreditRuleStore.h"
#include "common/FormDialog.h"
#include "db/BackupRotation.h"
#include "db/DatabaseLock.h"
#include "db/DatabaseRestore.h"
#include "users/Session.h"
#include "users/UserStore.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "demo/DemoCountyGenerator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
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
    // A read-only window leaves both to the window that has the file.
    const bool readOnly = database->isReadOnly();
    ErrorDialog::attempt(nullptr, [&] {
        const QSqlDatabase db = database->connection();
        if (!readOnly)
            CreditRecomputer::run(db, CreditRuleStore::load(db), QDate::currentDate(), CreditRecomputer::Mode::Incremental);
    });
    m_database = std::move(database);
    // The daily backup runs beside the work, through its own connection.
    const QString path = m_database->path();
    if (!readOnly)
        (void)QtConcurrent::run([path] {
        try {
            const Database copy = Database::open(path, Database::OpenMode::ExistingOnly);
            BackupRotation::backUpIfDue(copy);
        } catch (const Error &) {
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

std::unique_ptr<Database> DatabaseController::openDatabase(const QString &path, bool create, QWidget *parent, QString *readOnlyReason,
                                                           std::unique_ptr<DatabaseLock> *lock)
{
    const Database::OpenMode mode = create ? Database::OpenMode::CreateIfMissing : Database::OpenMode::ExistingOnly;
    auto claim = std::make_unique<DatabaseLock>(path);
    if (!claim->tryLock()) {
        const QString holder = claim->holder();
        if (parent) {
            const auto answer = QMessageBox::question(
                parent, tr("Database in use"),
                tr("%1 is already open in %2.\n\nTwo windows changing one file would get in each other's way. "
                   "Open it read-only here? You can look at everything but change nothing.")
                    .arg(QDir::toNativeSeparators(path), holder));
            if (answer != QMessageBox::Yes)
                return {};
        }
        *readOnlyReason = tr("open in %1").arg(holder);
        return std::make_unique<Database>(Database::open(path, Database::OpenMode::ExistingOnly, Database::Access::ReadOnly));
    }
    try {
        auto database = std::make_unique<Database>(Database::open(path, mode));
        *lock = std::move(claim);
        return database;
    } catch (const DatabaseError &error) {
        if (error.kind() != DatabaseError::Kind::NetworkDrive)
            throw;
        if (parent
            && QMessageBox::question(parent, tr("Database on a network drive"),
                                     tr("%1\n\nOpen it read-only?").arg(error.message()))
                != QMessageBox::Yes)
            return {};
        *readOnlyReason = tr("on a network drive");
        return std::make_unique<Database>(Database::open(path, Database::OpenMode::ExistingOnly, Database::Access::ReadOnly));
    }
}

bool DatabaseController::open(const QString &path, bool create, QWidget *parent)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_database && m_database->path() == absolute)
        return true;
    try {
        QString readOnlyReason;
        std::unique_ptr<DatabaseLock> lock;
        auto database = openDatabase(absolute, create, parent, &readOnlyReason, &lock);
        if (!database)
            return false;
        Session::signOut();
        if (parent && readOnlyReason.isEmpty() && UserStore::hasUsers(database->connection()))
            signIn(*database, parent);
        close();
        m_lock = std::move(lock);
        m_readOnlyReason = readOnlyReason;
        const QString notice = database->notice();
        adopt(std::move(database));
        if (!notice.isEmpty() && parent)
            QMessageBox::warning(parent, tr("The record's safeguards were repaired"), notice);
        return true;
    } catch (const Error &error) {
        // A damaged file: offer the latest backup that passes its check.
        const auto *failure = dynamic_cast<const DatabaseError *>(&error);
        const QString good = failure && failure->kind() == DatabaseError::Kind::Corrupted ? BackupRotation::latestGood(absolute) : QString();
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
        return restoreBackup(good, absolute, parent);
    }
}

void DatabaseController::close()
{
    if (!m_database)
        return;
    m_database.reset();
    m_lock.reset();
    m_readOnlyReason.clear();
    emit databaseChanged();
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
    const bool wasOpen = m_database && m_database->path() == target;
    // Only an administrator of the file replaced may restore it: sign in to it first when
    // it is not the one open (a damaged file cannot be opened and has no roles to ask).
    if (!wasOpen) {
        try {
            const Database current = Database::open(target, Database::OpenMode::ExistingOnly);
            if (UserStore::hasUsers(current.connection()) && !Session::may(current.connection(), Session::Permission::Restore)) {
                Session::signOut();
                if (parent)
                    signIn(current, parent);
            }
        } catch (const Error &) {
            // Damaged or missing: restore() decides.
        }
    }
    DatabaseRestore::Options options;
    if (DatabaseRestore::weakensProtection(backupPath, target)) {
        const QString phrase = tr("restore without passwords");
        bool ok = false;
        const QString typed = parent ? QInputDialog::getText(parent, tr("Backup without passwords"),
                                                             tr("The backup %1 has no passwords, while the current file has them. "
                                                                "After restoring it anyone could change the record.\n\n"
                                                                "To restore it all the same, type: %2")
                                                                 .arg(QFileInfo(backupPath).fileName(), phrase),
                                                             QLineEdit::Normal, QString(), &ok)
                                     : QString();
        if (!ok || typed.trimmed() != phrase)
            return false;
        options.acceptWeakerProtection = true;
    }
    if (wasOpen)
        close(); // the file is replaced: close it and give up the claim first
    try {
        const DatabaseRestore::Result result = DatabaseRestore::restore(backupPath, target, options);
        m_lastKeptAs = result.keptAs;
    } catch (const Error &error) {
        ErrorDialog::show(parent, error);
        if (wasOpen)
            open(target, false, parent);
        return false;
    }
    return open(target, false, parent);
}

void DatabaseController::backUpOnClose(QWidget *parent)
{
    if (!m_database || m_database->isReadOnly())
        return;
    try {
        BackupRotation::backUp(*m_database);
    } catch (const Error &error) {
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
