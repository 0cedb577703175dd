#pragma once
// The Concepts window: the concepts listed on the left, the chosen one's page on the
// right, in the interface's language. Links between pages move the list along.
#include "help/Concepts.h"

#include <QDialog>

class QListWidget;
class QTextBrowser;
class QUrl;

namespace twb::ui::help {

class ConceptsWindow : public QDialog {
  Q_OBJECT

public:
  explicit ConceptsWindow(QWidget* parent = nullptr);

  // The one window, created for `parent`'s top-level window when there is none yet.
  static ConceptsWindow* instance(QWidget* parent);
  // The window if it exists, else nullptr.
  static ConceptsWindow* existing();

  void showPage(Concept c);
  Concept current() const { return current_; }

  // Texts of the helpers in Concepts.h, here so that they share this class's translation context.
  static QString buttonToolTip(Concept c);
  static QString actionText();
  static QString actionStatusTip();

protected:
  void changeEvent(QEvent* event) override;

private:
  void retranslateUi();
  void loadPage();
  void onSourceChanged(const QUrl& url);

  Concept current_ = Concept::Finetuning;
  QListWidget* list_ = nullptr;
  QTextBrowser* page_ = nullptr;
};

} // namespace twb::ui::help
