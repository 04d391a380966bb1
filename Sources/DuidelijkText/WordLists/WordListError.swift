/// A problem in a word-list file, found while loading it.
public enum WordListError: Error, Equatable, CustomStringConvertible {
  /// The header row is missing or has other columns than the format.
  case badHeader(file: String, line: Int)
  /// A row has the wrong number of tab-separated columns.
  case wrongColumnCount(file: String, line: Int, expected: Int, found: Int)
  /// A required column is empty.
  case emptyColumn(file: String, line: Int, column: String)
  /// The term is not among the row's forms.
  case termNotAmongForms(file: String, line: Int, term: String)
  /// A form appears on two rows.
  case duplicateForm(file: String, line: Int, form: String, firstLine: Int)
  /// A value that should be a number is not.
  case notANumber(file: String, line: Int, value: String)

  public var description: String {
    switch self {
    case .badHeader(let file, let line):
      "\(file):\(line): expected the header row 'term\tforms\talternatives\tnote\texample'"
    case .wrongColumnCount(let file, let line, let expected, let found):
      "\(file):\(line): expected \(expected) columns, found \(found)"
    case .emptyColumn(let file, let line, let column):
      "\(file):\(line): the column '\(column)' is empty"
    case .termNotAmongForms(let file, let line, let term):
      "\(file):\(line): the term '\(term)' is not among its forms"
    case .duplicateForm(let file, let line, let form, let firstLine):
      "\(file):\(line): the form '\(form)' is already on line \(firstLine)"
    case .notANumber(let file, let line, let value):
      "\(file):\(line): '\(value)' is not a number"
    }
  }
}
