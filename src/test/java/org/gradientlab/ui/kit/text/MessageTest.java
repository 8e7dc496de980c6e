package org.gradientlab.ui.kit.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;

import org.junit.jupiter.api.Test;

import org.gradientlab.ui.i18n.I18n;
import org.gradientlab.ui.i18n.Language;

/** A message keeps key and arguments, so what is shown follows a later change of language. */
class MessageTest {
    private final I18n i18n = new I18n(Language.KOREAN);

    @Test
    void aMessageMadeInKoreanIsWrittenInEnglishAfterTheSwitch() {
        Message finished = Message.of("training.status.finished", Num.duration(15));
        SimpleStringProperty shown = new SimpleStringProperty();
        i18n.bind(shown, finished);
        assertEquals("0:15 만에 끝났습니다.", shown.get());
        i18n.setLanguage(Language.ENGLISH);
        assertEquals("Finished in 0:15.", shown.get());
    }

    @Test
    void nestedMessagesAreRenderedInTheLanguageOfTheWhole() {
        Message count = Message.of("training.progress.count", Message.of("training.unit.iterations"), 8000, 8000);
        SimpleObjectProperty<Message> holder = new SimpleObjectProperty<>(count);
        StringBinding text = i18n.label(holder);
        String korean = text.get();
        assertEquals("반복: 8,000 중 8,000", korean);
        i18n.setLanguage(Language.ENGLISH);
        I18n freshEnglish = new I18n(Language.ENGLISH);
        assertEquals(freshEnglish.text("training.progress.count", freshEnglish.text("training.unit.iterations"),
                8000, 8000), text.get());
        i18n.setLanguage(Language.KOREAN);
        assertEquals(korean, text.get());
        holder.set(Message.EMPTY);
        assertEquals("", text.get());
    }
}
