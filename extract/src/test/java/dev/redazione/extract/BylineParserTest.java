package dev.redazione.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BylineParserTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      di Mario Rossi                         | Mario Rossi
      Di Maria De Santis                     | Maria De Santis
      a cura di Anna Neri                    | Anna Neri
      a cura della Redazione                 | Redazione
      di Redazione                           | Redazione
      Autore: Giulia Verdi                   | Giulia Verdi
      Scritto da Jean-Luc D’Amico            | Jean-Luc D’Amico
      di Marta Blu e Andrea Neri             | Marta Blu;Andrea Neri
      di Marta Blu, Andrea Neri & Luca Gallo | Marta Blu;Andrea Neri;Luca Gallo
      by John Smith                          | John Smith
      By Sarah E. Needleman                  | Sarah E. Needleman
      di Anna Neri e Luca Bianchi            | Anna Neri;Luca Bianchi
      di Anna Neri e Luca Bianchi IL SECOLO XIX | Anna Neri;Luca Bianchi
      By Kevin Johnson and Kevin McCoy USA TODAY | Kevin Johnson;Kevin McCoy
      di Anna Neri anna.neri@example.it      | Anna Neri
      By Ann Lee ann@example.com (555) 123-4567 | Ann Lee
      Von: Jonas Keller                      | Jonas Keller
      Auteur : Claire Martin                 | Claire Martin
      By Ann Lee, BBC News, New York         | Ann Lee
      di Anna Neri, inviata, Reggio Calabria | Anna Neri
      Veröffentlicht von Jonas Keller        | Jonas Keller
      By Ann Lee 4 min read                  | Ann Lee
      By Ann Lee@annlee                      | Ann Lee
      Veröffentlicht von AnnaN               | AnnaN
      Scritto da redazione82                 | redazione82
      By Paola Greco CPP, PSP                | Paola Greco CPP, PSP
      di Anna Neri, MD, e Luca Bianchi       | Anna Neri, MD;Luca Bianchi
      dal nostro inviato Marco Bianchi       | Marco Bianchi
      di Daniela Conti Commenta              | Daniela Conti
      By Ann Lee 3 Comments                  | Ann Lee
      Dalla nostra corrispondente Anna Neri  | Anna Neri
      Von unserem Korrespondenten Jonas Keller | Jonas Keller
      """)
  void readsTheNamesABylineSigns(String text, String names) {
    assertThat(BylineParser.parse(text)).hasValue(List.of(names.split(";")));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "di fatto la società ha deciso",
        "di questo si parlerà domani",
        "Di Maio ha dichiarato che",
        "di 13 miliardi di dollari",
        "Autore: sconosciuto",
        "Scritto da Mondadori",
        "di admin"
      })
  void proseStartingWithDiIsNoByline(String text) {
    assertThat(BylineParser.parse(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {"Autore:", "di", "By", "Von", "AUTOR/IN", "Auteur :", "a cura di", "Politik Von"})
  void aLabelAloneIsRecognised(String text) {
    assertThat(BylineParser.isLabel(text)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Di Maio",
        "Bypass",
        "di Anna Neri",
        "Autorità",
        "Le poesie di",
        "Sponsored By",
        "Offerto da"
      })
  void otherTextIsNoLabel(String text) {
    assertThat(BylineParser.isLabel(text)).isFalse();
  }

  @Test
  void aBareListOfNamesIsReadAndACreditIsNot() {
    assertThat(BylineParser.plainNames("Anna Neri, Luca Bianchi e Marta Verdi"))
        .contains(List.of("Anna Neri", "Luca Bianchi", "Marta Verdi"));
    assertThat(BylineParser.plainNames("Anna Neri/Foto Press; Luca Bianchi per il Giornale"))
        .isEmpty();
    assertThat(BylineParser.plainNames("Anna Neri")).isEmpty();
  }
}
